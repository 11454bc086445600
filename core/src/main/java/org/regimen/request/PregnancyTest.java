package org.regimen.request;

import java.time.LocalDate;
import java.util.Set;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * A pregnancy test on file: NEGATIVE, POSITIVE or INDETERMINATE, with the day it was taken.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface PregnancyTest {
  /** The outcomes a pregnancy test has, like an infection marker's. */
  Set<LabOutcome> OUTCOMES = Set.of(LabOutcome.NEGATIVE, LabOutcome.POSITIVE, LabOutcome.INDETERMINATE);

  @Value.Redacted
  LabOutcome result();

  @Value.Redacted
  LocalDate date();

  static PregnancyTest of(LabOutcome result, LocalDate date) {
    return ImmutablePregnancyTest.builder().result(result).date(date).build();
  }
}
