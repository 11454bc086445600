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
  /** {@return the price of one session in each currency, in whole units} */
  Map<Currency, IntRange> perSession();

  /**
   * {@return the price of the whole course, whatever its length; used before {@link #perSession()}}
   */
  Map<Currency, IntRange> perCourse();

  /** {@return the source of the prices and its words} */
  Basis basis();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutablePriceSpec.Builder builder() {
    return ImmutablePriceSpec.builder();
  }
}
