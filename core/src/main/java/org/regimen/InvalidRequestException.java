package org.regimen;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A request that cannot be planned, with every problem found in it. Its message lists paths and
 * rules only: input values, and so patient data, never appear in it.
 */
public final class InvalidRequestException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Optional<String> requestId;
  private final transient List<Problem> problems;

  public InvalidRequestException(Optional<String> requestId, List<Problem> problems) {
    super(summarize(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems: must not be empty");
    }
    // An id that breaks the id rule may be a patient's name: it is never echoed.
    this.requestId = requestId.filter(RequestValidator::isValidId);
    this.problems = List.copyOf(problems);
  }

  public InvalidRequestException(List<Problem> problems) {
    this(Optional.empty(), problems);
  }

  /** The request's {@code id}, where it could be read. */
  public Optional<String> requestId() {
    return requestId;
  }

  /** Every problem found, in the order of the request's fields. */
  public List<Problem> problems() {
    return problems;
  }

  private static String summarize(List<Problem> problems) {
    return problems.stream()
        .map(p -> p.path() + ": " + p.message())
        .collect(Collectors.joining("; ", "invalid request: ", ""));
  }
}
