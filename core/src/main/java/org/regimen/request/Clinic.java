package org.regimen.request;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.RegimenStyle;

/**
 * Whom the patient calls (used in patient-facing texts only) and which of the clinic's variants of
 * a protocol to plan with.
 */
@Value.Immutable
@RegimenStyle
public interface Clinic {
  @Value.Redacted
  Optional<String> name();

  @Value.Redacted
  Optional<String> phone();

  /**
   * The id of a variant loaded into the catalog (docs/variants.md); absent: the catalog's default
   * variant for the treatment, if any. Not patient data.
   */
  Optional<String> variant();

  static ImmutableClinic.Builder builder() {
    return ImmutableClinic.builder();
  }
}
