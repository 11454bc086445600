package org.regimen.json;

import java.util.Set;

/** The keys one JSON object may have, with the message that lists them (built once). */
final class AllowedFields {
  private final Set<String> names;
  private final String unknownMessage;

  AllowedFields(String... names) {
    this.names = Set.of(names);
    this.unknownMessage = "unknown field; allowed: " + String.join(", ", names);
  }

  boolean contains(String name) {
    return names.contains(name);
  }

  String unknownMessage() {
    return unknownMessage;
  }
}
