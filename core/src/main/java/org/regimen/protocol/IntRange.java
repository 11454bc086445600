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
  /** {@return the lowest value} */
  @Value.Parameter
  int min();

  /** {@return the highest value; at least {@link #min()}} */
  @Value.Parameter
  int max();

  /**
   * {@return true when {@code value} lies within the range, both ends included}
   *
   * @param value the value to check
   */
  default boolean contains(int value) {
    return value >= min() && value <= max();
  }

  /**
   * {@return the range from {@code min} to {@code max}, both included}
   *
   * @param min the lowest value
   * @param max the highest value, at least {@code min}
   * @throws IllegalArgumentException if {@code max} is below {@code min}
   */
  static IntRange of(int min, int max) {
    return ImmutableIntRange.of(min, max);
  }

  /**
   * Immutables' check, run by every builder and factory.
   *
   * @throws IllegalArgumentException if {@code max} is below {@code min}
   */
  @Value.Check
  default void check() {
    if (max() < min()) {
      throw new IllegalArgumentException("max: must be at least min");
    }
  }
}
