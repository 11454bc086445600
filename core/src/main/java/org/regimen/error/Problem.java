package org.regimen.error;

import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * One thing wrong with an input, as every {@link RegimenException} reports it: where ({@link
 * #path()}) and the rule that was broken ({@link #message()}), with the allowed values where there
 * is a list. Never the input's value.
 *
 * <p>The path is a field path in a request ({@code patient.birthDate}, {@code areas[2]}, {@code $}
 * for the whole document) or in a protocol document ({@code courses[0].interval.minDays}, {@code
 * (document)}), or, for the treatment catalog, the module or service file concerned.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Problem {
  /**
   * Where the problem is.
   *
   * @return a field path, as the type's description says
   */
  @Value.Parameter
  String path();

  /**
   * The rule that was broken.
   *
   * @return the rule, e.g. {@code must be a date (YYYY-MM-DD)}; never an input value
   */
  @Value.Parameter
  String message();

  /**
   * A problem at a path.
   *
   * @param path where the problem is
   * @param message the rule that was broken; never an input value
   * @return the problem
   */
  static Problem of(String path, String message) {
    return ImmutableProblem.of(path, message);
  }
}
