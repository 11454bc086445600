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
  @Value.Parameter
  @Value.Redacted
  Currency currency();

  @Value.Parameter
  @Value.Redacted
  long min();

  @Value.Parameter
  @Value.Redacted
  long max();

  static Cost of(Currency currency, long min, long max) {
    return ImmutableCost.of(currency, min, max);
  }
}
