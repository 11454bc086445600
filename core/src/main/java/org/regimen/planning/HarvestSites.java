package org.regimen.planning;

import java.util.List;
import java.util.Optional;
import org.regimen.protocol.Course;
import org.regimen.request.AreaFinding;
import org.regimen.request.BodyArea;
import org.regimen.request.TreatmentRequest;

/**
 * Picks where tissue is harvested: the first site the protocol prefers that is neither being
 * treated nor has a finding of its own (an infection or lesion there).
 */
final class HarvestSites {
  private HarvestSites() {}

  static Optional<BodyArea> choose(Course course, TreatmentRequest request) {
    if (course.harvestSites().isEmpty()) {
      return Optional.empty();
    }
    List<AreaFinding> findings = request.patient().areaFindings().orElse(List.of());
    for (BodyArea site : course.harvestSites().get().value()) {
      boolean treated = request.areas().contains(site);
      boolean affected = findings.stream().anyMatch(f -> f.area() == site);
      if (!treated && !affected) {
        return Optional.of(site);
      }
    }
    return Optional.empty();
  }
}
