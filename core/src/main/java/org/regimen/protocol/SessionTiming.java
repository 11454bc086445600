package org.regimen.protocol;

import org.immutables.value.Value;
import org.regimen.RegimenStyle;

/**
 * How long a session takes: {@code firstAreaMinutes + extraAreaMinutes * (areas - 1)}, held within
 * {@code min} and {@code max}; the visit adds {@code visitOverheadMinutes} for preparation and
 * recovery.
 */
@Value.Immutable
@RegimenStyle
public interface SessionTiming {
  Sourced<Integer> firstAreaMinutes();

  Sourced<Integer> extraAreaMinutes();

  Sourced<Integer> minMinutes();

  Sourced<Integer> maxMinutes();

  Sourced<Integer> visitOverheadMinutes();

  /** Treatment minutes for a session over {@code areas} areas. */
  default int minutesFor(int areas) {
    int raw = firstAreaMinutes().value() + extraAreaMinutes().value() * Math.max(0, areas - 1);
    return Math.max(minMinutes().value(), Math.min(maxMinutes().value(), raw));
  }

  static ImmutableSessionTiming.Builder builder() {
    return ImmutableSessionTiming.builder();
  }
}
