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
  @Value.Redacted
  LabTest test();

  /** The outcome of a marker or panel; absent for a measured test. */
  @Value.Redacted
  Optional<LabOutcome> result();

  /** The measured value of a measured test, in {@link #unit()}; absent for others. */
  @Value.Redacted
  Optional<BigDecimal> value();

  /** The unit of {@link #value()}, which must be the test's own unit. */
  @Value.Redacted
  Optional<String> unit();

  @Value.Redacted
  LocalDate date();

  /** True when the result has this outcome (never true for a measured test). */
  default boolean is(LabOutcome outcome) {
    java.util.Objects.requireNonNull(outcome, "outcome");
    return result().filter(r -> r == outcome).isPresent();
  }

  static LabResult of(LabTest test, LabOutcome result, LocalDate date) {
    return ImmutableLabResult.builder().test(test).result(result).date(date).build();
  }

  /** A measured value in the test's own unit. */
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
