package org.regimen.protocol;

import java.util.ArrayList;
import java.util.List;
import org.regimen.error.Problem;

/**
 * Every problem found in one document. Readers keep going after a problem so that an author sees
 * all of them in one failure instead of fixing them one load at a time.
 */
final class Problems {
  private final List<Problem> problems = new ArrayList<>();

  void add(String path, String rule) {
    problems.add(Problem.of(path, rule));
  }

  int count() {
    return problems.size();
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  /** Throws when anything was found; the one place a document's problems become an exception. */
  void throwIfAny(String resource) {
    if (!problems.isEmpty()) {
      throw ProtocolException.of(resource, problems);
    }
  }
}
