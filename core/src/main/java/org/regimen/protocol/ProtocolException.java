package org.regimen.protocol;

import java.util.ArrayList;
import java.util.List;
import org.regimen.error.Problem;
import org.regimen.error.RegimenException;

/**
 * A protocol, rules or glossary document that cannot be used, with the resource and every problem
 * found in it, each a path inside the document ({@code courses[0].interval.minDays}, or {@code
 * (document)} for the whole file) and the rule it breaks.
 *
 * @since 0.1.0
 */
public final class ProtocolException extends RegimenException {
  private static final long serialVersionUID = 1L;

  /** The path of a problem that concerns the whole document: missing, empty, not JSON. */
  public static final String WHOLE_DOCUMENT = "(document)";

  /** The document that cannot be used, as named in the message. */
  private final String resource;

  /**
   * A document that cannot be used.
   *
   * @param resource the document, e.g. {@code org/regimen/treatment/prp/protocol.json}
   * @param problems each problem as {@code path: rule}; a text without {@code ": "} concerns the
   *     whole document; not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ProtocolException(String resource, List<String> problems) {
    this(parse(problems), resource, null);
  }

  /**
   * As {@link #ProtocolException(String, List)}, with the failure that revealed the problems.
   *
   * @param resource the document
   * @param problems each problem as {@code path: rule}; not empty
   * @param cause the parse or read failure
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ProtocolException(String resource, List<String> problems, Throwable cause) {
    this(parse(problems), resource, cause);
  }

  // Parameters in another order than the public constructors: List<Problem> and List<String> erase
  // to the same type.
  private ProtocolException(List<Problem> problems, String resource, Throwable cause) {
    super(resource + ": " + summarize(problems), problems, cause);
    this.resource = resource;
  }

  /**
   * A failure of {@code resource} with these problems.
   *
   * @param resource the document
   * @param problems every problem found; not empty
   * @return the exception, to throw
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public static ProtocolException of(String resource, List<Problem> problems) {
    return new ProtocolException(problems, resource, null);
  }

  /**
   * The resource that failed.
   *
   * @return e.g. {@code org/regimen/treatment/prp/protocol.json}
   */
  public String resource() {
    return resource;
  }

  private static String summarize(List<Problem> problems) {
    List<String> texts = new ArrayList<>();
    for (Problem problem : problems) {
      texts.add(problem.path() + ": " + problem.message());
    }
    return String.join("; ", texts);
  }

  private static List<Problem> parse(List<String> problems) {
    List<Problem> parsed = new ArrayList<>();
    for (String text : problems) {
      int colon = text.indexOf(": ");
      parsed.add(
          colon < 0
              ? Problem.of(WHOLE_DOCUMENT, text)
              : Problem.of(text.substring(0, colon), text.substring(colon + 2)));
    }
    return parsed;
  }
}
