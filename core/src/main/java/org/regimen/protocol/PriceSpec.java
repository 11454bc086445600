package org.regimen.protocol;

import java.util.Map;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;
import org.regimen.request.Currency;

/**
 * Price of one session, or of a whole course (a clinic's variant), in each currency the source
 * gives, as whole units (no exchange rates).
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface PriceSpec {
  Map<Currency, IntRange> perSession();

  /** {@return the price of the whole course, whatever its length; used before {@link #perSession()}} */
  Map<Currency, IntRange> perCourse();

  Basis basis();

  static ImmutablePriceSpec.Builder builder() {
    return ImmutablePriceSpec.builder();
  }
}
