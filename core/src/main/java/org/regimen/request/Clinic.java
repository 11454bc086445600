package org.regimen.request;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.RegimenStyle;

/** Whom the patient calls: used in patient-facing texts only. */
@Value.Immutable
@RegimenStyle
public interface Clinic {
  @Value.Redacted
  Optional<String> name();

  @Value.Redacted
  Optional<String> phone();

  static ImmutableClinic.Builder builder() {
    return ImmutableClinic.builder();
  }
}
