package org.regimen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.screening.Fixtures.AS_OF;
import static org.regimen.screening.Fixtures.knownHealthy;
import static org.regimen.screening.Fixtures.request;

import org.junit.jupiter.api.Test;
import org.regimen.protocol.Match;
import org.regimen.request.Fitzpatrick;
import org.regimen.request.Severity;
import org.regimen.request.Skin;
import org.regimen.request.StriaeAssessment;
import org.regimen.request.TreatmentRequest;

class MatchEvaluatorTest {
  private final TreatmentRequest base = request(knownHealthy().skin(Skin.builder().fitzpatrick(Fitzpatrick.V).build()).build());

  @Test
  void emptyMatchMatchesAnything() {
    assertThat(MatchEvaluator.matches(Match.ANY, base, 0)).isTrue();
  }

  @Test
  void criteriaOnKnownValues() {
    assertThat(MatchEvaluator.matches(Match.builder().addFitzpatrick(Fitzpatrick.V, Fitzpatrick.VI).build(), base, 1)).isTrue();
    assertThat(MatchEvaluator.matches(Match.builder().addFitzpatrick(Fitzpatrick.I).build(), base, 1)).isFalse();
    assertThat(MatchEvaluator.matches(Match.builder().minAreas(2).build(), base, 1)).isFalse();
    assertThat(MatchEvaluator.matches(Match.builder().maxAreas(2).build(), base, 2)).isTrue();
    assertThat(MatchEvaluator.matches(Match.builder().minAgeYears(32).maxAgeYears(32).build(), base, 1)).isTrue();
    assertThat(MatchEvaluator.matches(Match.builder().smoker(false).build(), base, 1)).isTrue();
  }

  @Test
  void unknownValueDoesNotMatchAndIsReported() {
    Match severe = Match.builder().addSeverity(Severity.SEVERE).build();
    assertThat(MatchEvaluator.matches(severe, base, 1)).isFalse();
    assertThat(MatchEvaluator.evaluate(severe, base, 1)).isEqualTo(MatchEvaluator.Outcome.UNKNOWN);
    assertThat(MatchEvaluator.unknownAttributes(severe, base)).containsExactly(UnconfirmedAttribute.INDICATION_ASSESSMENT);
  }

  @Test
  void aKnownFailureWinsOverAnUnknown() {
    Match m = Match.builder().addSeverity(Severity.SEVERE).addFitzpatrick(Fitzpatrick.I).build();
    assertThat(MatchEvaluator.evaluate(m, base, 1)).isEqualTo(MatchEvaluator.Outcome.NO_MATCH);
  }

  @Test
  void markAge() {
    TreatmentRequest r = TreatmentRequest.builder().from(base)
        .striae(StriaeAssessment.builder().ageMonths(18).severity(Severity.SEVERE).build()).build();
    assertThat(MatchEvaluator.matches(Match.builder().minMarkAgeMonths(12).maxMarkAgeMonths(24).addSeverity(Severity.SEVERE).build(), r, 1)).isTrue();
    assertThat(MatchEvaluator.matches(Match.builder().minMarkAgeMonths(19).build(), r, 1)).isFalse();
    assertThat(MatchEvaluator.ageYears(AS_OF.minusYears(20).plusDays(1), AS_OF)).isEqualTo(19);
  }
}
