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
  @Value.Parameter
  T value();

  @Value.Parameter
  Basis basis();

  static <T> Sourced<T> of(T value, Basis basis) {
    return ImmutableSourced.of(value, basis);
  }
}
