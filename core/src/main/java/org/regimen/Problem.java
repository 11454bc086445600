package org.regimen;

import org.immutables.value.Value;

/**
 * One thing wrong with a request: the field path ({@code patient.birthDate}, {@code areas[2]}) and
 * the rule it breaks, with the allowed values where there is a list. Never the input's value.
 */
@Value.Immutable
@RegimenStyle
public interface Problem {
  @Value.Parameter
  String path();

  @Value.Parameter
  String message();

  static Problem of(String path, String message) {
    return ImmutableProblem.of(path, message);
  }
}
