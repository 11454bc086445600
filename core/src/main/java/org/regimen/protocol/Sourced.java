package org.regimen.protocol;

import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * A protocol value with its basis.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Sourced<T> {
  /** {@return the value} */
  @Value.Parameter
  T value();

  /** {@return where the value comes from} */
  @Value.Parameter
  Basis basis();

  /**
   * {@return a value with its basis}
   *
   * @param <T> the value's type
   * @param value the value
   * @param basis where it comes from
   */
  static <T> Sourced<T> of(T value, Basis basis) {
    return ImmutableSourced.of(value, basis);
  }
}
