package org.regimen.treatment.plasma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.treatment.plasma.PlasmaRequest.AS_OF;
import static org.regimen.treatment.plasma.PlasmaRequest.codes;
import static org.regimen.treatment.plasma.PlasmaRequest.healthy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regimen.dates.DateRange;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Likelihood;
import org.regimen.plan.ResultPhase;
import org.regimen.plan.ResultWindow;
import org.regimen.plan.Risk;
import org.regimen.plan.Session;
import org.regimen.plan.TimeOfDay;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.BodyArea;
import org.regimen.request.Indication;

/** One test per fact of 004 that shapes the plan; each names the seed line it comes from. */
class CourseFactsTest {

  /** 004 line 145: "depending on the skin type and skin problems, it can take 3 to 12 visits". */
  @ParameterizedTest(name = "{0} {1} {2} {3} -> {4} sessions")
  @CsvSource({
    "STRETCH_MARKS,           '{\"severity\": \"SEVERE\"}',   ABDOMEN, NORMAL, 12",
    "STRETCH_MARKS,           '{\"stage\": \"ALBA\"}',        ABDOMEN, NORMAL, 10",
    "STRETCH_MARKS,           '{\"severity\": \"MODERATE\"}', ABDOMEN, NORMAL, 8",
    "STRETCH_MARKS,           '{\"severity\": \"MILD\"}',     ABDOMEN, NORMAL, 6",
    "SCARS,                   ,                              FACE,    NORMAL, 6",
    "FINE_LINES_AND_WRINKLES, ,                              FACE,    DRY,    5",
    "ACNE,                    ,                              FACE,    OILY,   5",
    "HYPERPIGMENTATION,       ,                              FACE,    COMBINATION, 5",
    "DARK_CIRCLES,            ,                              FACE,    NORMAL, 3",
    "DRY_SKIN,                ,                              NECK,    NORMAL, 3",
  })
  void line145TheCountFollowsTheSkinTypeAndTheProblem(
      Indication indication, String striae, BodyArea area, String skinType, int sessions) {
    PlasmaRequest request =
        healthy()
            .set("indication", "\"" + indication + "\"")
            .set("areas", "[\"" + area + "\"]")
            .patient("skin", "{\"type\": \"" + skinType + "\"}");
    if (striae != null) {
      request.set("striae", striae);
    }
    assertThat(request.plan().sessions()).hasSize(sessions);
  }

  @Test
  void line145WithoutASkinTypeSixSessionsArePlannedUntilTheInspection() {
    TreatmentPlan plan = healthy().unknown("skin").plan();
    assertThat(plan.sessions()).hasSize(6);
  }

  /** 004 line 145: "which are repeated after 7 days at the earliest". */
  @Test
  void line145SessionsAreAtLeastSevenDaysApart() {
    TreatmentPlan plan = twelveSessions();
    List<Session> s = plan.sessions();
    for (int i = 1; i < s.size(); i++) {
      assertThat(ChronoUnit.DAYS.between(s.get(i - 1).date(), s.get(i).date())).isGreaterThanOrEqualTo(7);
    }
  }

  /** 004 line 117: "Most often, a rejuvenation session is done in the morning and on an empty stomach." */
  @Test
  void line117SessionsAreInTheMorningOnAnEmptyStomach() {
    assertThat(healthy().plan().sessions())
        .allSatisfy(
            s -> {
              assertThat(s.timeOfDay()).isEqualTo(TimeOfDay.MORNING);
              assertThat(s.fastingHours()).contains(8); // line 128: "7-8 hours", the safe end
            });
  }

  /** 004 lines 140 to 143: the drug is prepared from the patient's blood, the skin cleansed, anaesthetised, injected. */
  @Test
  void lines140To143TheStepsInOrder() {
    Session session = healthy().plan().sessions().get(0);
    assertThat(session.steps())
        .containsExactly(
            "BLOOD_DRAW", "TUBE_WITH_ANTICOAGULANT_AND_GEL", "CENTRIFUGATION", "CLEANSING", "ANAESTHESIA", "INJECTION");
    // A course note, stated once in the plan (issue 14), not repeated on every session.
    assertThat(healthy().plan().notes()).anyMatch(n -> n.contains("20 to 60 ml"));
    assertThat(session.notes()).noneMatch(n -> n.contains("20 to 60 ml"));
    assertThat(session.practitioners()).containsExactly("QUALIFIED_SPECIALIST"); // line 134
    assertThat(session.downtime()).isEmpty(); // line 59: "the lack of a recovery period"
  }

  /** 004 lines 123 to 130: what the patient excludes before each session, and water. */
  @Test
  void lines123To130PreparationIsDatedBeforeEverySession() {
    TreatmentPlan plan = healthy().plan();
    for (Session s : plan.sessions()) {
      DateRange threeDaysBefore = DateRange.ofClosed(s.date().minusDays(3), s.date().minusDays(1));
      assertThat(s.before())
          .extracting(DatedInstruction::code)
          .containsExactly(
              "AVOID_FATTY_SOUR_SALTY_FRIED_FOOD_AND_CAFFEINE",
              "NO_PHYSICAL_ACTIVITY",
              "NO_NICOTINE_OR_ALCOHOL",
              "DRINK_WATER",
              "FASTING");
      assertThat(s.before()).filteredOn(i -> !i.code().equals("FASTING"))
          .allSatisfy(i -> assertThat(i.days()).isEqualTo(threeDaysBefore));
      DatedInstruction fasting = s.before().get(4);
      assertThat(fasting.days()).isEqualTo(DateRange.ofDay(s.date()));
      assertThat(fasting.text()).contains("8 hours");
    }
    assertThat(plan.sessions().get(0).date()).isAfterOrEqualTo(AS_OF.plusDays(3));
    assertThat(plan.sessions().get(0).before().get(3).text()).contains("2 litres");
  }

  /** 004 lines 171 to 175: the first week after each session (glossary "first week" = 7 days). */
  @Test
  void lines171To175AftercareCoversTheFirstWeekAfterEachSession() {
    for (Session s : twelveSessions().sessions()) {
      assertThat(s.after())
          .extracting(DatedInstruction::code)
          .containsExactly(
              "NO_COSMETIC_PROCEDURES", "NO_CREAMS_OR_MAKEUP", "NO_SAUNA_SOLARIUM_POOL", "NO_SPORT", "NO_MASSAGE_OR_SUNBATHING");
      assertThat(s.after()).allSatisfy(i -> assertThat(i.days()).isEqualTo(DateRange.ofClosed(s.date(), s.date().plusDays(6))));
    }
  }

  /**
   * Sessions 7 days apart make the aftercare windows touch: no instruction may contradict a booked
   * session, so no aftercare window contains another session's date.
   */
  @Test
  void noAftercareWindowContainsAnotherSession() {
    assertNoAftercareOverlapsASession(twelveSessions());
    assertNoAftercareOverlapsASession(healthy().patient("medications", "[{\"kind\": \"ANTIBIOTIC\", \"until\": \"2027-01-20\"}]").plan());
  }

  static void assertNoAftercareOverlapsASession(TreatmentPlan plan) {
    for (Session s : plan.sessions()) {
      for (Session other : plan.sessions()) {
        if (other != s) {
          assertThat(s.after()).allSatisfy(i -> assertThat(i.days().contains(other.date()))
              .as("aftercare %s of session %d covers session %d", i.code(), s.number(), other.number()).isFalse());
        }
      }
    }
  }

  /** 004 line 21 ("after the first session") and line 153 ("18-24 months. Then the session has to be repeated."). */
  @Test
  void lines21And153ResultsShowAfterTheFirstSessionAndLast18To24Months() {
    TreatmentPlan plan = healthy().plan();
    LocalDate first = plan.sessions().get(0).date();
    LocalDate last = plan.sessions().get(plan.sessions().size() - 1).date();
    ResultWindow onset = window(plan, ResultPhase.ONSET);
    assertThat(onset.days()).isEqualTo(DateRange.ofClosed(first, first.plusDays(7)));
    ResultWindow lasts = window(plan, ResultPhase.LASTS_UNTIL);
    assertThat(lasts.days()).isEqualTo(DateRange.ofClosed(last.plusMonths(18), last.plusMonths(24)));
    assertThat(plan.maintenance()).hasValueSatisfying(m -> {
      assertThat(m.days()).contains(lasts.days());
      assertThat(m.sourceWords()).isEqualTo("Then the session has to be repeated.");
    });
  }

  /** 004 lines 95 to 100 and 63: side effects and risks. */
  @Test
  void lines95To100TheRisks() {
    TreatmentPlan plan = healthy().plan();
    assertThat(plan.risks())
        .extracting(Risk::code)
        .containsExactly("SWELLING", "HAEMATOMA", "RASH", "INFECTION", "BLOOD_DRAW_INFECTION", "PAIN_OR_DISCOMFORT");
    Risk rash = risk(plan, "RASH");
    assertThat(rash.resolvesInDays()).hasValueSatisfying(d -> {
      assertThat(d.min()).isEqualTo(3);
      assertThat(d.max()).isEqualTo(7);
    });
    assertThat(risk(plan, "INFECTION").likelihood()).isEqualTo(Likelihood.RARE);
    assertThat(risk(plan, "BLOOD_DRAW_INFECTION").likelihood()).isEqualTo(Likelihood.RARE);
    assertThat(risk(plan, "PAIN_OR_DISCOMFORT").sourceWords()).contains("anesthetics are used");
  }

  /** 004 line 98: "If the patient visits the solarium frequently, pigment spots appear." */
  @Test
  void line98PigmentSpotsAreListedForFrequentSolariumUse() {
    TreatmentPlan plan = healthy().patient("lifestyle", "{\"smoker\": false, \"frequentSolarium\": true}").plan();
    assertThat(risk(plan, "PIGMENT_SPOTS").note()).isPresent();
  }

  /** 004 line 67: "particularly popular with patients over 25": not a contraindication. */
  @Test
  void line67APatientUnder25IsNotHeldBack() {
    TreatmentPlan plan = healthy().patient("birthDate", "\"2006-01-01\"").plan(); // 21 at asOf
    assertThat(plan.eligibility().status()).as("findings %s", codes(plan)).isEqualTo(EligibilityStatus.ELIGIBLE);
    assertThat(plan.notes()).anyMatch(n -> n.contains("not a contraindication"));
    TreatmentPlan minor = healthy().patient("birthDate", "\"2010-01-01\"").plan();
    assertThat(minor.eligibility().status()).isEqualTo(EligibilityStatus.INELIGIBLE); // baseline UNDER_18
  }

  /** 004 lines 47 and 71 to 74: facial problems on the face and neck; scars and stretch marks where they are. */
  @Test
  void lines47And71AreasFollowTheProblem() {
    TreatmentPlan face =
        healthy().set("areas", "[\"FACE\", \"NECK\", \"ABDOMEN\"]").plan();
    assertThat(face.sessions().get(0).areas()).containsExactly(BodyArea.FACE, BodyArea.NECK);
    assertThat(face.eligibility().excludedAreas()).extracting(e -> e.area()).containsExactly(BodyArea.ABDOMEN);
    assertThat(face.eligibility().findings())
        .filteredOn(f -> f.area().isPresent())
        .singleElement()
        .satisfies(f -> {
          // The core leaves out every area a course does not list.
          assertThat(f.code()).isEqualTo("AREA_NOT_IN_COURSE");
        });
    assertThat(face.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
    TreatmentPlan onlyOutside = healthy().set("areas", "[\"ABDOMEN\"]").plan();
    assertThat(onlyOutside.eligibility().status()).isEqualTo(EligibilityStatus.INELIGIBLE);
    assertThat(onlyOutside.sessions()).isEmpty();
    TreatmentPlan marks =
        healthy().set("indication", "\"STRETCH_MARKS\"").set("areas", "[\"ABDOMEN\", \"THIGHS\"]").plan();
    assertThat(marks.sessions().get(0).areas()).containsExactly(BodyArea.ABDOMEN, BodyArea.THIGHS);
  }

  /** 004 speaks of a visible effect after session 1 for the face only: scar tissue gets no one-week onset. */
  @Test
  void stretchMarksGetNoFacialOneWeekOnset() {
    TreatmentPlan marks =
        healthy().set("indication", "\"STRETCH_MARKS\"").set("areas", "[\"ABDOMEN\"]").plan();
    LocalDate first = marks.sessions().get(0).date();
    ResultWindow onset = window(marks, ResultPhase.ONSET);
    assertThat(onset.days()).isEqualTo(DateRange.ofClosed(first.plusWeeks(2), first.plusWeeks(26)));
    assertThat(onset.source()).containsIgnoringCase("default");
    assertThat(onset.sourceWords()).doesNotStartWith("Many patients");
  }

  private static TreatmentPlan twelveSessions() {
    return healthy()
        .set("indication", "\"STRETCH_MARKS\"")
        .set("striae", "{\"severity\": \"SEVERE\"}")
        .set("areas", "[\"ABDOMEN\"]")
        .unknown("menstruation")
        .patient("sex", "\"MALE\"")
        .plan();
  }

  private static ResultWindow window(TreatmentPlan plan, ResultPhase phase) {
    return plan.results().stream().filter(w -> w.phase() == phase).findFirst().orElseThrow();
  }

  private static Risk risk(TreatmentPlan plan, String code) {
    return plan.risks().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }
}
