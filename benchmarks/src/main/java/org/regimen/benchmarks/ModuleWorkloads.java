package org.regimen.benchmarks;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.Indication;
import org.regimen.request.Severity;
import org.regimen.request.StriaeAssessment;
import org.regimen.request.StriaeStage;
import org.regimen.request.TreatmentRequest;

/**
 * Every treatment module the benchmarks measure. A new module is one line in {@link #ALL} (and its
 * dependency in the benchmarks pom); the {@code @Param} lists of the benchmarks name the ids.
 */
final class ModuleWorkloads {
  private ModuleWorkloads() {}

  /** PRP for stretch marks, severe: 3 sessions 3 months apart (protocol 000's range is 1 to 3). */
  static final ModuleWorkload PRP =
      new ModuleWorkload("prp", EnumSet.of(Indication.STRETCH_MARKS), ModuleWorkloads::severeStriae, 3);

  static final List<ModuleWorkload> ALL = List.of(PRP);

  static ModuleWorkload byId(String id) {
    return ALL.stream()
        .filter(w -> w.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no workload for module " + id + "; see ModuleWorkloads.ALL"));
  }

  private static TreatmentRequest severeStriae(TreatmentRequest request) {
    return ImmutableTreatmentRequest.copyOf(request)
        .withStriae(
            StriaeAssessment.builder()
                .stage(Optional.of(StriaeStage.RUBRA))
                .ageMonths(Optional.of(8))
                .severity(Optional.of(Severity.SEVERE))
                .build());
  }
}
