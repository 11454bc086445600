package org.regimen.planning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.regimen.request.BodyArea;
import org.regimen.request.Severity;
import org.regimen.request.TreatmentRequest;
import org.regimen.screening.MatchEvaluator;

/**
 * The practitioner's note for a course whose areas were assessed differently (issue 12): the course
 * follows the most severe area ({@link MatchEvaluator#assessedSeverity}), so the plan says so once,
 * naming each area's severity. Stateless.
 */
final class AreaAssessmentNote {
  private AreaAssessmentNote() {}

  /**
   * @param request the request (or the part's request) the course is planned for
   * @param areas the areas planned
   * @return the note, when the planned areas' severities differ
   */
  static Optional<String> of(TreatmentRequest request, List<BodyArea> areas) {
    if (request.assessment().map(a -> a.areas().isEmpty()).orElse(true)) {
      return Optional.empty();
    }
    Map<BodyArea, Severity> severities = MatchEvaluator.areaSeverities(request, areas);
    if (new HashSet<>(severities.values()).size() < 2) {
      return Optional.empty();
    }
    List<String> each = new ArrayList<>();
    severities.forEach((area, severity) -> each.add(words(area) + " " + words(severity)));
    return Optional.of(
        "The areas were assessed differently (" + String.join(", ", each)
            + "): the course follows the most severe; review each area's response at the sessions.");
  }

  private static String words(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
