package org.regimen.error;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A request that cannot be planned, with every problem found in it. Its message lists paths and
 * rules only: input values, and so patient data, never appear in it.
 *
 * @since 0.1.0
 */
public final class InvalidRequestException extends RegimenException {
  private static final long serialVersionUID = 1L;

  private final transient Optional<String> requestId;

  /**
   * A request that cannot be planned.
   *
   * @param requestId the request's {@code id}, kept only if it follows the id rule
   * @param problems every problem found; not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidRequestException(Optional<String> requestId, List<Problem> problems) {
    super(summarize(problems), problems, null);
    // An id that breaks the id rule may be a patient's name: it is never echoed.
    this.requestId = requestId.filter(RequestIdRule::isValid);
  }

  /**
   * A request without a readable id that cannot be planned.
   *
   * @param problems every problem found; not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidRequestException(List<Problem> problems) {
    this(Optional.empty(), problems);
  }

  /**
   * The request's {@code id}, where it could be read.
   *
   * @return the id, or empty when the request had none or it broke the id rule
   */
  public Optional<String> requestId() {
    return requestId;
  }

  /** Every problem found, in the order of the request's fields. */
  @Override
  public List<Problem> problems() {
    return super.problems();
  }

  private static String summarize(List<Problem> problems) {
    return problems.stream()
        .map(p -> p.path() + ": " + p.message())
        .collect(Collectors.joining("; ", "invalid request: ", ""));
  }
}
