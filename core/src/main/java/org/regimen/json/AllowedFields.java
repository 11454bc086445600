package org.regimen.json;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The keys one JSON object may have, with the message that lists them (built once). */
final class AllowedFields {
  /** Every name any object of the contract allows, filled as the binders' fields are built. */
  private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();

  private final Set<String> names;
  private final String allowedList;

  AllowedFields(String... names) {
    this.names = Set.of(names);
    this.allowedList = String.join(", ", names);
    KNOWN.addAll(this.names);
  }

  boolean contains(String name) {
    return names.contains(name);
  }

  /**
   * The problem for the key at {@code position} (1 for the first key of the object): the key
   * itself is never quoted, since a name the contract does not know may be patient data.
   */
  String unknownMessage(int position) {
    return "unknown field at position " + position + "; allowed: " + allowedList;
  }

  /** Every name the request and plan contracts know: the only key names a path may show. */
  static Set<String> knownNames() {
    // Loading the binders builds their field lists, which register their names above.
    Objects.requireNonNull(RequestBinder.REQUEST);
    Objects.requireNonNull(PlanBinder.PLAN);
    return Set.copyOf(KNOWN);
  }
}
