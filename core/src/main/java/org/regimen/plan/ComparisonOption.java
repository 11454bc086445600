package org.regimen.plan;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.RegimenStyle;

/** One treatment's answer in a comparison, condensed from its plan. */
@Value.Immutable
@RegimenStyle
public interface ComparisonOption {
  TreatmentRef treatment();

  Eligibility eligibility();

  int sessionCount();

  /** Days from the first to the last session, both included; 0 without sessions. */
  long courseDays();

  /** Total downtime days over the course. */
  long downtimeDays();

  List<ResultWindow> results();

  Optional<Cost> cost();

  List<String> riskCodes();

  static ImmutableComparisonOption.Builder builder() {
    return ImmutableComparisonOption.builder();
  }
}
