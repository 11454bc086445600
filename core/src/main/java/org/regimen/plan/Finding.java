package org.regimen.plan;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;
import org.regimen.request.BodyArea;

/**
 * One reason from screening: a stable code, how strongly it holds treatment back, what it means and
 * what to do, and the source it comes from with the source's own words.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Finding {
  /** {@return the stable, UPPER_SNAKE_CASE code, one per reason (e.g. {@code PREGNANCY})} */
  @Value.Redacted
  String code();

  /** {@return how strongly the finding weighs: ABSOLUTE, TEMPORARY, RELATIVE or PRECAUTION} */
  @Value.Redacted
  FindingSeverity severity();

  /** {@return the one area the finding concerns; absent when it concerns the whole patient} */
  @Value.Redacted
  Optional<BodyArea> area();

  /** {@return the plain-language reason for the practitioner, free of the patient's values} */
  @Value.Redacted
  String message();

  /** {@return what the practitioner should do. Practitioner text: never shown to the patient} */
  @Value.Redacted
  String action();

  /**
   * {@return the patient's words for this finding, in the second person: the only text of a finding
   * a patient document may show. Absent where a clinician must disclose the finding in person (a
   * positive infection marker, cancer): the handout then says only that the practitioner will talk
   * it through}
   */
  @Value.Redacted
  Optional<String> patientMessage();

  /** {@return the source: a document's file name, a publication, or {@code regimen-default}} */
  @Value.Redacted
  String source();

  /** {@return the source's exact words, or the reason for a Regimen default} */
  @Value.Redacted
  String sourceWords();

  /**
   * {@return the last day the reason applies, inclusive; the first possible day is the day after}
   */
  @Value.Redacted
  Optional<LocalDate> until();

  /** {@return the module id of the treatment whose screening raised it, only in a combined plan} */
  @Value.Redacted
  Optional<String> treatment();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }
}
