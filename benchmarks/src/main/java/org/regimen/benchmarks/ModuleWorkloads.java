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

  /** Stem cells, moderate recent marks: 2 sessions a few weeks apart (001: "usually 2-3"). */
  static final ModuleWorkload STEMCELL =
      new ModuleWorkload(
          "stemcell",
          EnumSet.of(Indication.STRETCH_MARKS),
          r -> striae(r, StriaeStage.RUBRA, 6, Severity.MODERATE),
          2);

  /** Mesotherapy, white marks: 26 weekly sessions, the longest course of any module (002). */
  static final ModuleWorkload MESOTHERAPY =
      new ModuleWorkload(
          "mesotherapy",
          EnumSet.of(Indication.STRETCH_MARKS),
          r -> striae(r, StriaeStage.ALBA, 36, Severity.MODERATE),
          26);

  /** Plasma therapy, moderate stretch marks: 8 weekly sessions (004: "3 to 12 visits"). */
  static final ModuleWorkload PLASMA =
      new ModuleWorkload(
          "plasma",
          EnumSet.of(Indication.STRETCH_MARKS),
          r -> striae(r, StriaeStage.RUBRA, 6, Severity.MODERATE),
          8);

  static final List<ModuleWorkload> ALL = List.of(PRP, STEMCELL, MESOTHERAPY, PLASMA);

  static ModuleWorkload byId(String id) {
    return ALL.stream()
        .filter(w -> w.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no workload for module " + id + "; see ModuleWorkloads.ALL"));
  }

  private static TreatmentRequest severeStriae(TreatmentRequest request) {
    return striae(request, StriaeStage.RUBRA, 8, Severity.SEVERE);
  }

  private static TreatmentRequest striae(
      TreatmentRequest request, StriaeStage stage, int ageMonths, Severity severity) {
    return ImmutableTreatmentRequest.copyOf(request)
        .withStriae(
            StriaeAssessment.builder()
                .stage(Optional.of(stage))
                .ageMonths(Optional.of(ageMonths))
                .severity(Optional.of(severity))
                .build());
  }
}
