package org.regimen.request;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.regimen.RegimenStyle;

/**
 * A laboratory result on file, with the day the sample was taken.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface LabResult {
  @Value.Redacted
  LabTest test();

  @Value.Redacted
  LabOutcome result();

  @Value.Redacted
  LocalDate date();

  static LabResult of(LabTest test, LabOutcome result, LocalDate date) {
    return ImmutableLabResult.builder().test(test).result(result).date(date).build();
  }
}
