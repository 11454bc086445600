package org.regimen.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * Every problem found in one document, as {@code path: rule}. Readers keep going after a problem so
 * that an author sees all of them in one failure instead of fixing them one load at a time.
 */
final class Problems {
  private final List<String> problems = new ArrayList<>();

  void add(String path, String rule) {
    problems.add(path + ": " + rule);
  }

  int count() {
    return problems.size();
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  List<String> all() {
    return List.copyOf(problems);
  }

  /** Throws when anything was found; the one place a document's problems become an exception. */
  void throwIfAny(String resource) {
    if (!problems.isEmpty()) {
      throw new ProtocolException(resource, problems);
    }
  }
}
