package org.regimen.plan;

import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;
import org.regimen.request.Currency;

/**
 * The cost of the whole course, as a range in whole currency units.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Cost {
  /** {@return the currency of {@link #min()} and {@link #max()}} */
  @Value.Parameter
  @Value.Redacted
  Currency currency();

  /** {@return the lowest cost of the course, in whole currency units} */
  @Value.Parameter
  @Value.Redacted
  long min();

  /** {@return the highest cost of the course, in whole currency units; at least {@link #min()}} */
  @Value.Parameter
  @Value.Redacted
  long max();

  /**
   * {@return a cost range}
   *
   * @param currency the currency
   * @param min the lowest cost, in whole units
   * @param max the highest cost, in whole units
   */
  static Cost of(Currency currency, long min, long max) {
    return ImmutableCost.of(currency, min, max);
  }
}
