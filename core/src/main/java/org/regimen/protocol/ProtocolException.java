package org.regimen.protocol;

import java.util.List;

/** A protocol or glossary document that cannot be used, with the resource and each bad path. */
public final class ProtocolException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String resource;
  private final transient List<String> problems;

  public ProtocolException(String resource, List<String> problems) {
    super(resource + ": " + String.join("; ", problems));
    this.resource = resource;
    this.problems = List.copyOf(problems);
  }

  public ProtocolException(String resource, List<String> problems, Throwable cause) {
    super(resource + ": " + String.join("; ", problems), cause);
    this.resource = resource;
    this.problems = List.copyOf(problems);
  }

  /** The resource that failed, e.g. {@code org/regimen/prp/protocol.json}. */
  public String resource() {
    return resource;
  }

  /** Each problem as {@code path: rule}. */
  public List<String> problems() {
    return problems;
  }
}
