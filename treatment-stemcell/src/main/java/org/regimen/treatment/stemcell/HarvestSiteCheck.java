package org.regimen.treatment.stemcell;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.protocol.Basis;
import org.regimen.protocol.Course;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.Source;
import org.regimen.protocol.Sourced;
import org.regimen.request.AreaFinding;
import org.regimen.request.BodyArea;
import org.regimen.request.TreatmentRequest;

/**
 * Every session harvests fat from one of the protocol's usual sites (abdomen, flanks). The core
 * planner takes the first site that is neither treated in this plan nor has an area finding, and
 * leaves {@code harvestSite} empty when none is free. That empty site must not pass silently: this
 * check raises a {@code RELATIVE} finding, so the sessions are tentative until the practitioner has
 * chosen another donor site. Its test of "free" is the planner's, so the finding and the empty
 * {@code harvestSite} always go together.
 */
final class HarvestSiteCheck {
  static final String CODE = "HARVEST_SITE_UNAVAILABLE";

  private HarvestSiteCheck() {}

  static Optional<Finding> check(Protocol protocol, Course course, TreatmentRequest request) {
    if (course.harvestSites().isEmpty()) {
      return Optional.empty();
    }
    Sourced<List<BodyArea>> sites = course.harvestSites().get();
    if (sites.value().stream().anyMatch(site -> isFree(site, request))) {
      return Optional.empty();
    }
    String names =
        sites.value().stream()
            .map(site -> site.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(" or "));
    return Optional.of(
        Finding.builder()
            .code(CODE)
            .severity(FindingSeverity.RELATIVE)
            .message(
                "Each session begins with a small fat harvest from a usual site ("
                    + names
                    + "), but none of them is free: each is treated in this plan or has a finding of its own. The sessions name no harvest site.")
            .action(
                "The practitioner chooses another donor site with enough fat, or plans the usual site's own treatment separately, and clears the plan before anything is booked.")
            .source(label(protocol, sites.basis()))
            .sourceWords(sites.basis().words())
            .build());
  }

  /** Neither treated in this plan nor the subject of an area finding (an infection, a lesion). */
  private static boolean isFree(BodyArea site, TreatmentRequest request) {
    List<AreaFinding> findings = request.patient().areaFindings().orElse(List.of());
    return !request.areas().contains(site) && findings.stream().noneMatch(f -> f.area() == site);
  }

  private static String label(Protocol protocol, Basis basis) {
    return protocol.source(basis.source()).map(Source::label).orElse(basis.source());
  }
}
