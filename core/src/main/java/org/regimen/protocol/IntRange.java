package org.regimen.protocol;

import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * Whole numbers from {@code min} to {@code max}, both included.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface IntRange {
  @Value.Parameter
  int min();

  @Value.Parameter
  int max();

  default boolean contains(int value) {
    return value >= min() && value <= max();
  }

  static IntRange of(int min, int max) {
    return ImmutableIntRange.of(min, max);
  }

  @Value.Check
  default void check() {
    if (max() < min()) {
      throw new IllegalArgumentException("max: must be at least min");
    }
  }
}
