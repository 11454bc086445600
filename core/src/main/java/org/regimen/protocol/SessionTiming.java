package org.regimen.protocol;

import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * How long a session takes: {@code firstAreaMinutes + extraAreaMinutes * (areas - 1)}, held within
 * {@code min} and {@code max}; the visit adds {@code visitOverheadMinutes} for preparation and
 * recovery.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface SessionTiming {
  /** {@return the treatment minutes for the first area} */
  Sourced<Integer> firstAreaMinutes();

  /** {@return the treatment minutes each further area adds} */
  Sourced<Integer> extraAreaMinutes();

  /** {@return the shortest session, in treatment minutes} */
  Sourced<Integer> minMinutes();

  /** {@return the longest session, in treatment minutes} */
  Sourced<Integer> maxMinutes();

  /** {@return the minutes a visit adds to the treatment for preparation and recovery} */
  Sourced<Integer> visitOverheadMinutes();

  /**
   * {@return the most areas one visit takes (one blood draw, one harvest); more areas are split
   * over visits on separate days. Absent: as many as fit {@code maxMinutes} at the time per area}
   */
  java.util.Optional<Sourced<Integer>> maxAreasPerVisit();

  /**
   * {@return the most areas one visit takes: the protocol's limit, else those that fit {@code
   * maxMinutes}}
   */
  default int areasPerVisit() {
    if (maxAreasPerVisit().isPresent()) {
      return maxAreasPerVisit().get().value();
    }
    int extra = extraAreaMinutes().value();
    if (extra == 0) {
      return org.regimen.request.BodyArea.values().length;
    }
    return Math.max(1, 1 + (maxMinutes().value() - firstAreaMinutes().value()) / extra);
  }

  /**
   * {@return the most areas one visit takes when the clinic books visits of at most {@code
   * maxVisitMinutes} (treatment plus overhead); at least 1, even when one area's visit is longer}
   *
   * @param maxVisitMinutes the clinic's longest visit, in minutes; empty when it sets none
   */
  default int areasPerVisit(java.util.OptionalInt maxVisitMinutes) {
    int areas = areasPerVisit();
    if (maxVisitMinutes.isEmpty()) {
      return areas;
    }
    // Bounded: no request names more areas than the body has.
    int limit = Math.min(areas, org.regimen.request.BodyArea.values().length);
    int n = 1;
    while (n < limit && minutesFor(n + 1) + visitOverheadMinutes().value() <= maxVisitMinutes.getAsInt()) {
      n++;
    }
    return n;
  }

  /**
   * {@return treatment minutes for a session over {@code areas} areas}
   *
   * @param areas the number of areas
   */
  default int minutesFor(int areas) {
    int raw = firstAreaMinutes().value() + extraAreaMinutes().value() * Math.max(0, areas - 1);
    return Math.max(minMinutes().value(), Math.min(maxMinutes().value(), raw));
  }

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableSessionTiming.Builder builder() {
    return ImmutableSessionTiming.builder();
  }
}
