package org.regimen.protocol;

import java.util.Optional;
import org.regimen.request.Fitzpatrick;
import org.regimen.request.Indication;
import org.regimen.request.Severity;
import org.regimen.request.SkinType;
import org.regimen.request.StriaeStage;

/** Reads a {@link Match}, the condition on a request used by session rules, screening and risks. */
final class MatchReader {
  private MatchReader() {}

  static Match read(StrictObject parent, String key, boolean required) {
    return parent.object(key, required, MatchReader::read);
  }

  static Match read(StrictObject o) {
    Optional<Integer> minMarkAge = o.optionalInteger("minMarkAgeMonths", 0);
    Optional<Integer> maxMarkAge = o.optionalInteger("maxMarkAgeMonths", 0);
    Optional<Integer> minAreas = o.optionalInteger("minAreas", 1);
    Optional<Integer> maxAreas = o.optionalInteger("maxAreas", 1);
    Optional<Integer> minAge = o.optionalInteger("minAgeYears", 0);
    Optional<Integer> maxAge = o.optionalInteger("maxAgeYears", 0);
    requireOrdered(o, minMarkAge, "maxMarkAgeMonths", maxMarkAge);
    requireOrdered(o, minAreas, "maxAreas", maxAreas);
    requireOrdered(o, minAge, "maxAgeYears", maxAge);
    ImmutableMatch.Builder match =
        Match.builder()
            .indications(o.enumList("indications", Indication.class, false))
            .stage(o.enumList("stage", StriaeStage.class, false))
            .severity(o.enumList("severity", Severity.class, false))
            .skinType(o.enumList("skinType", SkinType.class, false))
            .fitzpatrick(o.enumList("fitzpatrick", Fitzpatrick.class, false))
            .frequentSolarium(o.optionalBoolean("frequentSolarium"))
            .smoker(o.optionalBoolean("smoker"))
            .minMarkAgeMonths(minMarkAge)
            .maxMarkAgeMonths(maxMarkAge)
            .minAreas(minAreas)
            .maxAreas(maxAreas)
            .minAgeYears(minAge)
            .maxAgeYears(maxAge);
    return o.done() ? match.build() : null;
  }

  /** A max below its min can never match: always an authoring mistake. */
  static void requireOrdered(
      StrictObject o, Optional<Integer> min, String maxKey, Optional<Integer> max) {
    if (min.isPresent() && max.isPresent() && max.get() < min.get()) {
      o.problem(maxKey, "must be at least the minimum (" + min.get() + ")");
    }
  }
}
