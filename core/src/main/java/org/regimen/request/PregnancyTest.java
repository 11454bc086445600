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

  /** {@return the test's outcome: NEGATIVE, POSITIVE or INDETERMINATE} */
  @Value.Redacted
  LabOutcome result();

  /** {@return the day of the test; not after the request's {@code asOf}} */
  @Value.Redacted
  LocalDate date();

  /**
   * {@return a pregnancy test with {@code result} on {@code date}}
   *
   * @param result NEGATIVE, POSITIVE or INDETERMINATE
   * @param date the day of the test
   */
  static PregnancyTest of(LabOutcome result, LocalDate date) {
    return ImmutablePregnancyTest.builder().result(result).date(date).build();
  }
}
