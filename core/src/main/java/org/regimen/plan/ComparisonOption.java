package org.regimen.plan;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.RegimenStyle;

/**
 * One treatment's answer in a comparison, condensed from its plan. {@code toString()} shows the
 * structure only: every attribute is redacted.
 */
@Value.Immutable
@RegimenStyle
public interface ComparisonOption {
  @Value.Redacted
  TreatmentRef treatment();

  @Value.Redacted
  Eligibility eligibility();

  @Value.Redacted
  int sessionCount();

  /** Days from the first to the last session, both included; 0 without sessions. */
  @Value.Redacted
  long courseDays();

  /** Total downtime days over the course. */
  @Value.Redacted
  long downtimeDays();

  @Value.Redacted
  List<ResultWindow> results();

  @Value.Redacted
  Optional<Cost> cost();

  @Value.Redacted
  List<String> riskCodes();

  static ImmutableComparisonOption.Builder builder() {
    return ImmutableComparisonOption.builder();
  }
}
