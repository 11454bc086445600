package org.regimen.treatment.prp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.treatment.prp.PrpPatients.DOC_000;
import static org.regimen.treatment.prp.PrpPatients.DOC_003;
import static org.regimen.treatment.prp.PrpPatients.FIRST_SESSION;
import static org.regimen.treatment.prp.PrpPatients.NANDA_2021;
import static org.regimen.treatment.prp.PrpPatients.firstSession;
import static org.regimen.treatment.prp.PrpPatients.gaps;
import static org.regimen.treatment.prp.PrpPatients.lastSession;
import static org.regimen.treatment.prp.PrpPatients.plan;
import static org.regimen.treatment.prp.PrpPatients.skinTightening;
import static org.regimen.treatment.prp.StretchMarksFactsTest.risk;
import static org.regimen.treatment.prp.StretchMarksFactsTest.window;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.regimen.dates.DateRange;
import org.regimen.plan.DayRange;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.plan.Likelihood;
import org.regimen.plan.ResultPhase;
import org.regimen.plan.ResultWindow;
import org.regimen.plan.Risk;
import org.regimen.plan.RiskSite;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.BodyArea;
import org.regimen.request.Indication;
import org.regimen.request.LaxityAssessment;
import org.regimen.request.Severity;

/**
 * Each fact of document 003 (PRP for skin tightening and smoothing, seed {@code
 * 003_e0ba78e739644709.txt}) as a real plan shows it, and the count and interval 003 lacks, taken
 * from the publication the protocol cites (Nanda et al. 2021, IADVL task force: "3 to 6 sessions
 * monthly"). Line numbers are the seed's.
 */
class SkinTighteningFactsTest {
  private static final BodyArea[] THREE_AREAS = {BodyArea.FACE, BodyArea.NECK, BodyArea.DECOLLETE};

  @Test
  @DisplayName("indication SKIN_LAXITY chooses the 003 course: centrifugation steps, 003 and the publication as sources")
  void skinLaxityChoosesTheSkinTighteningCourse() {
    TreatmentPlan plan = plan(skinTightening());

    assertThat(plan.indication()).isEqualTo(Indication.SKIN_LAXITY);
    assertThat(plan.sessions()).isNotEmpty();
    assertThat(plan.sessions().get(0).steps()).contains("CENTRIFUGATION").doesNotContain("PROCESSING");
    assertThat(plan.sources()).contains(DOC_003).doesNotContain(DOC_000);
  }

  // 003 line 28 "fine lines, wrinkles, sagging skin, acne scars, and uneven skin tone" (uneven tone
  // planned as HYPERPIGMENTATION): the same course, planned as moderate without a laxity assessment.
  @ParameterizedTest(name = "003 line 28: {0} is planned with the skin-tightening course")
  @EnumSource(
      value = Indication.class,
      names = {"SKIN_LAXITY", "FINE_LINES_AND_WRINKLES", "ACNE_SCARS", "HYPERPIGMENTATION"})
  void theIndicationsOf003ShareTheCourse(Indication indication) {
    TreatmentPlan plan = plan(skinTightening().indication(indication).laxity(Optional.empty()));

    assertThat(plan.sessions()).hasSize(4);
    assertThat(plan.sessions().get(0).steps())
        .containsExactly("BLOOD_DRAW", "CENTRIFUGATION", "PRP_PREPARATION", "INJECTION");
  }

  @Test
  @DisplayName("003 lines 13 to 16: blood collection, centrifuge, PRP preparation, PRP injection")
  void stepsAreBloodDrawCentrifugationPreparationInjection() {
    assertThat(plan(skinTightening()).sessions())
        .isNotEmpty()
        .allSatisfy(
            s -> assertThat(s.steps())
                .containsExactly("BLOOD_DRAW", "CENTRIFUGATION", "PRP_PREPARATION", "INJECTION"));
  }

  @Test
  @DisplayName("003 line 41 \"consult with a qualified medical professional\": the practitioner")
  void practitionerIsAQualifiedMedicalProfessional() {
    assertThat(plan(skinTightening()).sessions())
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.practitioners()).containsExactly("QUALIFIED_MEDICAL_PROFESSIONAL"));
  }

  // 003 line 45 "about 30 minutes to an hour, depending on the size of the treatment area": 30
  // minutes for the first area, 15 per extra area (a Regimen default), at most 60; 15 minutes of
  // visit overhead (a Regimen default).
  @ParameterizedTest(name = "003 line 45: {0} area(s) -> {1} min treatment, {2} min visit")
  @CsvSource({
    "1, 30, 45",
    "2, 45, 60",
    "3, 60, 75",
  })
  void thirtyMinutesToAnHourDependingOnTheArea(int areaCount, int minutes, int visitMinutes) {
    BodyArea[] areas = Arrays.copyOf(THREE_AREAS, areaCount);

    TreatmentPlan plan = plan(skinTightening(areas));

    assertThat(plan.sessions())
        .isNotEmpty()
        .allSatisfy(
            s -> {
              assertThat(s.areas()).containsExactly(areas);
              assertThat(s.minutes()).isEqualTo(minutes).isBetween(30, 60);
              assertThat(s.visitMinutes()).isEqualTo(visitMinutes);
            });
  }

  // 003 gives no count or interval. Nanda et al. 2021: "3 to 6 sessions monthly" (30 days); the
  // count within 3 to 6 follows the laxity severity through the session rule rows (003 line 36
  // "Have mild to moderate skin laxity." for the top of the range when severe).
  @ParameterizedTest(name = "nanda2021 \"3 to 6 sessions monthly\": laxity {0} -> {1} sessions 30 days apart")
  @CsvSource({
    "MILD,     3",
    "MODERATE, 4",
    "SEVERE,   6",
    ",         4",
  })
  void countAndIntervalComeFromThePublication(Severity severity, int sessions) {
    TreatmentPlan plan =
        plan(skinTightening()
            .laxity(Optional.ofNullable(severity).map(s -> LaxityAssessment.builder().severity(s).build())));

    assertThat(plan.sessions()).hasSize(sessions);
    assertThat(plan.sessions().size()).isBetween(3, 6);
    assertThat(firstSession(plan)).isEqualTo(FIRST_SESSION);
    assertThat(gaps(plan)).containsOnly(30L);
    assertThat(plan.sources()).anyMatch(s -> s.startsWith(NANDA_2021)).contains(DOC_003);
  }

  @Test
  @DisplayName("nanda2021 in the plan: a session note says 003 gives no count and the publication is followed")
  void thePlanSaysTheCountComesFromThePublication() {
    assertThat(plan(skinTightening()).notes())
        .anyMatch(n -> n.contains("no number of sessions") && n.contains("IADVL task force"));
  }

  @Test
  @DisplayName("003 line 36 \"Have mild to moderate skin laxity.\": severe laxity is a precaution, still planned")
  void severeLaxityIsAPrecaution() {
    TreatmentPlan plan =
        plan(skinTightening().laxity(LaxityAssessment.builder().severity(Severity.SEVERE).build()));

    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
    assertThat(plan.eligibility().findings())
        .extracting(Finding::code)
        .containsExactly("SEVERE_ASSESSMENT");
    assertThat(plan.sessions()).hasSize(6);
  }

  @Test
  @DisplayName("003 line 26 \"Most patients can resume their regular activities immediately\": no downtime")
  void noDowntime() {
    assertThat(plan(skinTightening()).sessions())
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.downtime()).isEmpty());
  }

  @Test
  @DisplayName("003 has no aftercare or preparation section: no dated instruction is invented")
  void noInstructionsInvented() {
    assertThat(plan(skinTightening()).sessions())
        .isNotEmpty()
        .allSatisfy(
            s -> {
              assertThat(s.before()).isEmpty();
              assertThat(s.after()).isEmpty();
            });
  }

  // 003 line 47 "redness, swelling, or bruising at the injection sites ... subside within a few
  // days" (2 to 5 days); line 57 "Some patients may experience mild pain"; line 55 "a small risk of
  // infection"; line 56 "Although rare ... an allergic reaction"; line 58 "In rare cases ... scarring
  // or changes in skin pigmentation".
  @ParameterizedTest(name = "003 lines 47, 55 to 58: {0} is {1} at {2}, heals in {3} to {4} days")
  @CsvSource({
    "REDNESS,                  COMMON,   INJECTION, 2, 5",
    "SWELLING,                 COMMON,   INJECTION, 2, 5",
    "BRUISING,                 COMMON,   INJECTION, 2, 5",
    "PAIN_OR_DISCOMFORT,       UNCOMMON, INJECTION,  ,  ",
    "INFECTION,                RARE,     INJECTION,  ,  ",
    "ALLERGIC_REACTION,        RARE,     SYSTEMIC,   ,  ",
    "SCARRING_OR_PIGMENTATION, RARE,     INJECTION,  ,  ",
  })
  void sideEffectsAndRisksWithLikelihoodAndHealingDays(
      String code, Likelihood likelihood, RiskSite site, Integer healsMin, Integer healsMax) {
    Risk risk = risk(plan(skinTightening()), code);

    assertThat(risk.likelihood()).isEqualTo(likelihood);
    assertThat(risk.site()).isEqualTo(site);
    assertThat(risk.resolvesInDays())
        .isEqualTo(healsMin == null ? Optional.empty() : Optional.of(DayRange.of(healsMin, healsMax)));
    assertThat(risk.source()).isEqualTo(DOC_003);
  }

  @Test
  @DisplayName("003 line 25 \"no risk of an allergic reaction\" vs line 56 \"Although rare\": the rare risk is kept and the contradiction said")
  void allergyContradictionIsStated() {
    assertThat(risk(plan(skinTightening()), "ALLERGIC_REACTION").text()).contains("no risk of allergy");
  }

  // 003 line 49 "improvements ... within a few weeks" (2 to 6 weeks) from the first session, "optimal
  // results achieved after several months" (3 to 6 months) from the last; line 27 "can last up to 18
  // months" (6 to 18 months, LASTS_UNTIL) from the last. Months are calendar months.
  @ParameterizedTest(name = "003 lines 27 and 49: {0} from the {1} session, +{2} to +{3}")
  @CsvSource({
    "ONSET,       FIRST, P14D, P42D",
    "OPTIMAL,     LAST,  P3M,  P6M",
    "LASTS_UNTIL, LAST,  P6M,  P18M",
  })
  void resultWindowsAreDatesFromTheSessionTheProtocolSays(
      ResultPhase phase, String anchor, java.time.Period fromDays, java.time.Period toDays) {
    TreatmentPlan plan = plan(skinTightening());
    assertThat(firstSession(plan)).isNotEqualTo(lastSession(plan));
    LocalDate from = anchor.equals("FIRST") ? firstSession(plan) : lastSession(plan);

    ResultWindow window = window(plan, phase);
    assertThat(window.days()).isEqualTo(DateRange.ofClosed(from.plus(fromDays), from.plus(toDays)));
    assertThat(window.source()).isEqualTo(DOC_003);
  }

  @Test
  @DisplayName("003 line 27 \"can last up to 18 months\": LASTS_UNTIL ends 18 months after the last session")
  void lastsUpToEighteenMonths() {
    TreatmentPlan plan = plan(skinTightening());

    assertThat(window(plan, ResultPhase.LASTS_UNTIL).days().to()).isEqualTo(lastSession(plan).plusMonths(18));
  }

  @Test
  @DisplayName("003 line 27: maintenance is due while the result lasts, 6 to 18 months after the last session")
  void maintenanceWhileTheResultLasts() {
    TreatmentPlan plan = plan(skinTightening());
    LocalDate last = lastSession(plan);

    assertThat(plan.maintenance()).isPresent();
    assertThat(plan.maintenance().get().days())
        .contains(DateRange.ofClosed(last.plusMonths(6), last.plusMonths(18)))
        .isEqualTo(Optional.of(window(plan, ResultPhase.LASTS_UNTIL).days()));
    assertThat(plan.maintenance().get().source()).isEqualTo(DOC_003);
  }

  // PROTOCOL.md: the course offers face, neck and decollete only (a Regimen default: 003 names no
  // areas). Found while writing this test: the course's "areas" are only listed in the descriptor
  // and nothing in screening or planning enforces them, so ABDOMEN is planned today.
  @Test
  @DisplayName("003 course areas: face, neck and decollete; a body area is left out")
  void bodyAreasAreNotOfferedForSkinTightening() {
    TreatmentPlan plan = plan(skinTightening(BodyArea.FACE, BodyArea.ABDOMEN));

    assertThat(plan.sessions()).isNotEmpty().allSatisfy(s -> assertThat(s.areas()).containsExactly(BodyArea.FACE));
    assertThat(plan.eligibility().excludedAreas()).anyMatch(e -> e.area() == BodyArea.ABDOMEN);
  }

  @Test
  @DisplayName("the fully-known eligible patient is ELIGIBLE for skin tightening with no findings")
  void eligiblePatientIsEligible() {
    TreatmentPlan plan = plan(skinTightening());

    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE);
    assertThat(plan.eligibility().findings()).isEmpty();
    assertThat(plan.sessions()).noneMatch(Session::tentative);
  }
}
