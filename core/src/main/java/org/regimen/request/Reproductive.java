package org.regimen.request;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * Reproductive facts beyond {@link PregnancyStatus}: whether the patient
 * is trying to conceive, the day of a delivery (the post-partum period), and the latest pregnancy
 * test. The section absent means none of it is known; {@code tryingToConceive} absent means not
 * known. Inside a recorded section, {@code deliveredOn} absent means no delivery to record (a day
 * has no value for "none") and {@code pregnancyTest} absent means no test on file.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Reproductive {
  /**
   * {@return whether the patient is trying to conceive; absent when not known (then asked before
   * session 1)}
   */
  @Value.Redacted
  Optional<Boolean> tryingToConceive();

  /** {@return the day of the latest delivery; not after asOf} */
  @Value.Redacted
  Optional<LocalDate> deliveredOn();

  /** {@return the latest pregnancy test; absent when none is on file} */
  @Value.Redacted
  Optional<PregnancyTest> pregnancyTest();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableReproductive.Builder builder() {
    return ImmutableReproductive.builder();
  }
}
