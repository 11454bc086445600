package org.regimen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.screening.Fixtures.AS_OF;
import static org.regimen.screening.Fixtures.codes;
import static org.regimen.screening.Fixtures.finding;
import static org.regimen.screening.Fixtures.knownHealthy;
import static org.regimen.screening.Fixtures.request;
import static org.regimen.screening.Fixtures.screenWithBaseline;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.FindingSeverity;
import org.regimen.request.CyclePattern;
import org.regimen.request.LabOutcome;
import org.regimen.request.MenstrualCycle;
import org.regimen.request.PregnancyTest;
import org.regimen.request.Reproductive;
import org.regimen.request.Sex;

/** Issue 12: reproductive facts and the cycle pattern, judged by the baseline every therapy gets. */
class ReproductiveScreeningTest {

  /**
   * The reproductive section with the wish to conceive recorded as "no": what each test varies is
   * the one fact it is about, the rest known (design.md, "Unknown is never 'no'").
   */
  private static org.regimen.request.ImmutableReproductive.Builder known() {
    return Reproductive.builder().tryingToConceive(false);
  }

  private static ScreeningResult screen(Reproductive reproductive) {
    return screenWithBaseline(request(knownHealthy().reproductive(reproductive).build()));
  }

  // WHO 2022, postnatal care: the postnatal period extends up to six weeks (42 days) after birth.
  @Test
  void aDeliveryDefersUntilTheEndOfThePostnatalPeriod_who2022() {
    ScreeningResult result = screen(known().deliveredOn(AS_OF.minusDays(10)).build());
    assertThat(finding(result, "POSTPARTUM").severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(finding(result, "POSTPARTUM").until()).contains(AS_OF.minusDays(10).plusDays(41));
    assertThat(result.eligibility().earliestStart()).contains(AS_OF.minusDays(10).plusDays(42));
    // A delivery before the period: post-partum stretch marks, the main clientele, are treated.
    assertThat(codes(screen(known().deliveredOn(AS_OF.minusDays(42)).build()))).isEmpty();
  }

  /** Regimen default (documents rule out pregnancy; a test shows one only weeks after conception). */
  @Test
  void tryingToConceive_defersElectiveInjections() {
    ScreeningResult result = screen(known().tryingToConceive(true).build());
    assertThat(finding(result, "TRYING_TO_CONCEIVE").severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(codes(screen(known().tryingToConceive(false).build()))).isEmpty();
    // Not judged for a man.
    assertThat(codes(screenWithBaseline(request(knownHealthy().sex(Sex.MALE).menstruation(Optional.empty())
        .reproductive(known().tryingToConceive(true).build()).build())))).isEmpty();
  }

  // 003: "Are not pregnant or breastfeeding."
  @Test
  void aPositiveTestDefers_anIndeterminateOneIsRepeated_aDeliveryAfterItMakesItHistory() {
    assertThat(finding(screen(known().pregnancyTest(PregnancyTest.of(LabOutcome.POSITIVE, AS_OF)).build()),
        "PREGNANCY_TEST_POSITIVE").severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(finding(screen(known().pregnancyTest(PregnancyTest.of(LabOutcome.INDETERMINATE, AS_OF)).build()),
        "PREGNANCY_TEST_INDETERMINATE").severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(codes(screen(known()
        .pregnancyTest(PregnancyTest.of(LabOutcome.POSITIVE, AS_OF.minusDays(300)))
        .deliveredOn(AS_OF.minusDays(60)).build()))).isEmpty();
    assertThat(codes(screen(known().pregnancyTest(PregnancyTest.of(LabOutcome.NEGATIVE, AS_OF)).build())))
        .isEmpty();
  }

  /** A cycle recorded as NONE removes the cycle question; IRREGULAR keeps it, without predictions. */
  @Test
  void cyclePattern_noneAsksNothing_irregularConfirmsOnTheDay() {
    var menstruation = Fixtures.protocol(
        Fixtures.rule(org.regimen.protocol.RuleKind.MENSTRUATION, "MENSTRUATION", FindingSeverity.TEMPORARY)
            .confirmWithinDays(2).build());
    ScreeningResult none = Fixtures.screen(request(knownHealthy()
        .menstruation(MenstrualCycle.builder().cycle(CyclePattern.NONE).build()).build()), menstruation);
    assertThat(codes(none)).isEmpty();
    assertThat(none.predictedPeriods()).isEmpty();
    ScreeningResult irregular = Fixtures.screen(request(knownHealthy()
        .menstruation(MenstrualCycle.builder().cycle(CyclePattern.IRREGULAR).lastStart(AS_OF.minusDays(3)).build())
        .build()), menstruation);
    assertThat(codes(irregular)).containsExactly("IRREGULAR_CYCLE");
    assertThat(finding(irregular, "IRREGULAR_CYCLE").severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(finding(irregular, "IRREGULAR_CYCLE").action()).contains("on the day of each session");
    assertThat(irregular.predictedPeriods()).isEmpty();
    ScreeningResult unknown = Fixtures.screen(request(knownHealthy().menstruation(Optional.empty()).build()), menstruation);
    assertThat(codes(unknown)).containsExactly("UNCONFIRMED_MENSTRUAL_CYCLE");
  }
}
