package org.regimen.request;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * Whom the patient calls (used in patient-facing texts only) and which of the clinic's variants of
 * a protocol to plan with.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Clinic {
  /**
   * {@return the clinic's name, for patient-facing texts ("whom to call"); absent: texts name no
   * clinic}
   */
  @Value.Redacted
  Optional<String> name();

  /** {@return the clinic's phone number, for patient-facing texts; absent: texts give no number} */
  @Value.Redacted
  Optional<String> phone();

  /**
   * {@return the longest visit the clinic books, in minutes (treatment plus the protocol's
   * overhead): a session over more areas than fit is split over visits on separate days. Absent:
   * only the protocol's own limit of areas per visit applies}
   */
  @Value.Redacted
  Optional<Integer> maxVisitMinutes();

  /** The longest visit a clinic may give, in minutes: one day. */
  int MAX_VISIT_MINUTES_LIMIT = 1440;

  /** The shortest {@code maxVisitMinutes} accepted, in minutes. */
  int MIN_VISIT_MINUTES = 1;

  /**
   * {@return the id of a variant loaded into the catalog (docs/variants.md); absent: the catalog's
   * default variant for the treatment, if any. Not patient data}
   */
  Optional<String> variant();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableClinic.Builder builder() {
    return ImmutableClinic.builder();
  }
}
