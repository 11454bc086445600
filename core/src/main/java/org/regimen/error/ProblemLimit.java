package org.regimen.error;

import java.util.ArrayList;
import java.util.List;

/**
 * Bounds the problems one request can produce: the first {@value #MAX_PROBLEMS}, then one entry
 * that counts the rest. A line of 300,000 empty items would otherwise give a million problems and
 * an error answer of tens of megabytes.
 *
 * @since 0.1.0
 */
public final class ProblemLimit {
  /** The most problems listed one by one. */
  public static final int MAX_PROBLEMS = 50;

  private ProblemLimit() {}

  /**
   * Bounds a list of problems.
   *
   * @param problems every problem found
   * @return {@code problems} itself when short enough, else its first entries and the count of the
   *     rest
   */
  public static List<Problem> cap(List<Problem> problems) {
    if (problems.size() <= MAX_PROBLEMS) {
      return problems;
    }
    return capped(problems.subList(0, MAX_PROBLEMS), problems.size() - MAX_PROBLEMS);
  }

  /**
   * The kept problems followed by "and N more problems".
   *
   * @param kept the problems listed one by one
   * @param more how many were left out; none is added for 0
   * @return the problems to report
   */
  public static List<Problem> capped(List<Problem> kept, long more) {
    List<Problem> result = new ArrayList<>(kept);
    if (more > 0) {
      result.add(Problem.of("$", "and " + more + " more problem" + (more == 1 ? "" : "s")));
    }
    return List.copyOf(result);
  }
}
