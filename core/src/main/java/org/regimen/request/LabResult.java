package org.regimen.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * A laboratory result on file, with the day the sample was taken: an outcome for an infection
 * marker or a panel, a value and its unit for a measured test ({@link LabTest#isMeasured}). Which
 * goes with which test is checked by the request validator, with the field's path.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface LabResult {
  /** {@return the test the result is for} */
  @Value.Redacted
  LabTest test();

  /** {@return the outcome of a marker or panel; absent for a measured test} */
  @Value.Redacted
  Optional<LabOutcome> result();

  /** {@return the measured value of a measured test, in {@link #unit()}; absent for others} */
  @Value.Redacted
  Optional<BigDecimal> value();

  /** {@return the unit of {@link #value()}, which must be the test's own unit} */
  @Value.Redacted
  Optional<String> unit();

  /** {@return the day the sample was taken; not after the request's {@code asOf}} */
  @Value.Redacted
  LocalDate date();

  /**
   * {@return true when the result has this outcome (never true for a measured test)}
   *
   * @param outcome the outcome to look for
   */
  default boolean is(LabOutcome outcome) {
    java.util.Objects.requireNonNull(outcome, "outcome");
    return result().filter(r -> r == outcome).isPresent();
  }

  /**
   * {@return an outcome of an infection marker or a blood panel}
   *
   * @param test a marker or panel
   * @param result its outcome, one the test allows
   * @param date the day the sample was taken
   */
  static LabResult of(LabTest test, LabOutcome result, LocalDate date) {
    return ImmutableLabResult.builder().test(test).result(result).date(date).build();
  }

  /**
   * {@return a measured value in the test's own unit}
   *
   * @param test a measured test ({@link LabTest#isMeasured()})
   * @param value the value, in the test's unit
   * @param date the day the sample was taken
   * @throws IllegalArgumentException if {@code test} is not a measured test
   */
  static LabResult measured(LabTest test, BigDecimal value, LocalDate date) {
    java.util.Objects.requireNonNull(test, "test");
    java.util.Objects.requireNonNull(value, "value");
    java.util.Objects.requireNonNull(date, "date");
    return ImmutableLabResult.builder()
        .test(test)
        .value(value)
        .unit(test.unit().orElseThrow(() -> new IllegalArgumentException(test + " is not a measured test")))
        .date(date)
        .build();
  }
}
