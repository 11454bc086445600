package org.regimen.error;

import java.util.List;

/**
 * Input Regimen cannot use: a request ({@link InvalidRequestException}), a protocol or glossary
 * document ({@link org.regimen.protocol.ProtocolException}) or the set of treatment modules found at
 * run time ({@link org.regimen.catalog.CatalogException}). Catch this type to handle every bad-input
 * path in one place.
 *
 * <p>Each failure carries every {@link Problem} found, each a path and the rule it breaks, so a
 * caller can show them all at once. Neither the problems nor the message ever contain an input
 * value: a request's values are patient data.
 *
 * @since 0.1.0
 */
public abstract class RegimenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * @param message the summary {@link #getMessage()} returns
   * @param problems every problem found; not empty
   * @param cause the failure that revealed the problems, or {@code null}
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  protected RegimenException(String message, List<Problem> problems, Throwable cause) {
    super(message, cause);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems: must not be empty");
    }
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found.
   *
   * @return the problems, in the order they were found; never empty
   */
  public List<Problem> problems() {
    return problems;
  }
}
