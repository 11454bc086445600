package org.regimen.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regimen.spi.TreatmentModule;

/**
 * The order in which a combined plan plans its therapies: a therapy whose protocol says it follows
 * another ({@code sequencing.after}) comes after it; otherwise the request's order is kept. A
 * therapy planned earlier has first choice of the calendar; a later one fits around it.
 */
final class CombinationOrder {
  private CombinationOrder() {}

  /**
   * The modules in planning order, or empty when the sequencing rules contradict each other (a
   * cycle): the caller then keeps the request's order and says so in a conflict.
   */
  static Optional<List<TreatmentModule>> of(List<TreatmentModule> requested) {
    List<TreatmentModule> remaining = new ArrayList<>(requested);
    List<TreatmentModule> ordered = new ArrayList<>(requested.size());
    while (!remaining.isEmpty()) {
      TreatmentModule next = null;
      for (TreatmentModule candidate : remaining) {
        // Stable: the first in request order that follows nothing still waiting.
        if (remaining.stream().noneMatch(other -> other != candidate && follows(candidate, other))) {
          next = candidate;
          break;
        }
      }
      if (next == null) {
        return Optional.empty();
      }
      ordered.add(next);
      remaining.remove(next);
    }
    return Optional.of(ordered);
  }

  static boolean follows(TreatmentModule later, TreatmentModule earlier) {
    return later.protocol().follows(earlier.protocol().id());
  }
}
