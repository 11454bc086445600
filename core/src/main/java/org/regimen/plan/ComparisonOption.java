package org.regimen.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * One treatment's answer in a comparison, condensed from its plan. {@code toString()} shows the
 * structure only: every attribute is redacted.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface ComparisonOption {
  /** {@return the treatment, its protocol version and digests} */
  @Value.Redacted
  TreatmentRef treatment();

  /** {@return the patient's eligibility for this treatment} */
  @Value.Redacted
  Eligibility eligibility();

  /** {@return the number of sessions planned (those that remain, for a course in progress)} */
  @Value.Redacted
  int sessionCount();

  /** {@return days from the first to the last session, both included; 0 without sessions} */
  @Value.Redacted
  long courseDays();

  /**
   * {@return the date of session 1, where sessions could be planned (not a consultation before it)}
   */
  @Value.Redacted
  Optional<LocalDate> firstSession();

  /**
   * {@return total downtime days over the course, counting every site of the procedure: a session's
   * downtime is its protocol downtime or, when longer, the healing time of a common side effect at
   * the harvest site (stem cells' fat harvest)}
   */
  @Value.Redacted
  long downtimeDays();

  /** {@return why the option stands where it does in the comparison's order, in plain words} */
  @Value.Redacted
  List<String> rankReasons();

  /** {@return when results can be expected} */
  @Value.Redacted
  List<ResultWindow> results();

  /** {@return the cost of the course; absent where neither protocol nor clinic gives prices} */
  @Value.Redacted
  Optional<Cost> cost();

  /** {@return the codes of the treatment's risks, e.g. {@code BRUISING}} */
  @Value.Redacted
  List<String> riskCodes();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableComparisonOption.Builder builder() {
    return ImmutableComparisonOption.builder();
  }
}
