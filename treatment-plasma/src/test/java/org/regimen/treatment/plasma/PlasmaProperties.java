package org.regimen.treatment.plasma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.regimen.treatment.plasma.PlasmaRequest.lab;
import static org.regimen.treatment.plasma.PlasmaRequest.q;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.MenstrualCycle;
import org.regimen.request.TreatmentRequest;
import org.regimen.testing.PlanInvariants;

/**
 * The properties over generated plasma therapy requests (written as JSON, as callers send
 * them): mostly plannable patients with a cycle, an antibiotic course, missing or outdated tests,
 * calendars with closed weekdays, and now and then one of the absolute contraindications of 004.
 */
class PlasmaProperties {
  private static final int EXAMPLES = 300;

  /** Absolute contraindications reachable from JSON: patient key and raw value. */
  private static final List<String[]> ABSOLUTE =
      List.of(
          new String[] {"conditions", "[\"BLOOD_DISORDER\"]"},
          new String[] {"conditions", "[\"BLEEDING_DISORDER\"]"},
          new String[] {"conditions", "[\"CANCER\"]"},
          new String[] {"conditions", "[\"HEPATITIS\"]"},
          new String[] {"conditions", "[\"WEAK_IMMUNITY\"]"},
          new String[] {"conditions", "[\"IMMUNE_DISORDER\"]"},
          new String[] {"conditions", "[\"DIABETES\"]"},
          new String[] {"conditions", "[\"VARICOSE_VEINS\"]"},
          new String[] {"conditions", "[\"CARDIOVASCULAR_DISEASE\"]"},
          new String[] {"conditions", "[\"LIVER_DYSFUNCTION\"]"},
          new String[] {"conditions", "[\"KIDNEY_DYSFUNCTION\"]"},
          new String[] {"allergies", "[\"OTHER\"]"},
          new String[] {"allergies", "[\"LATEX\"]"},
          new String[] {"medications", "[{\"kind\": \"IMMUNOSUPPRESSANT\"}]"},
          new String[] {"labResults", "[" + lab("HIV", "POSITIVE", "2026-12-01") + "]"},
          new String[] {"labResults", "[" + lab("SYPHILIS", "POSITIVE", "2026-12-01") + "]"});

  private static final String[] INDICATIONS = {
    "FINE_LINES_AND_WRINKLES", "HYPERPIGMENTATION", "DARK_CIRCLES", "DRY_SKIN", "ACNE", "SCARS", "STRETCH_MARKS"
  };

  /** One generated request and what the generator put into it. */
  record Case(TreatmentRequest request, boolean absolute, Optional<Optional<LocalDate>> antibiotic) {}

  @Test
  void noSessionFallsOnAPredictedPeriodDay() {
    forAll(c -> {
      TreatmentPlan plan = plan(c);
      Optional<MenstrualCycle> cycle = c.request().patient().menstruation();
      if (cycle.isEmpty() || plan.sessions().isEmpty()) {
        return;
      }
      // Predicted independently of the library: periods start every cycleDays from lastStart.
      assertThat(plan.sessions())
          .extracting(Session::date)
          .noneMatch(day -> PlanInvariants.isPredictedPeriodDay(cycle.get(), day));
    });
  }

  @Test
  void sessionsAreAtLeastSevenDaysApart() {
    forAll(c -> {
      List<Session> s = plan(c).sessions();
      for (int i = 1; i < s.size(); i++) {
        assertThat(ChronoUnit.DAYS.between(s.get(i - 1).date(), s.get(i).date())).isGreaterThanOrEqualTo(7);
      }
      assertThat(s.size()).isIn(0, 3, 5, 6, 8, 10, 12);
    });
  }

  @Test
  void anAbsoluteContraindicationGivesNoPlan() {
    forAll(c -> {
      if (c.absolute()) {
        TreatmentPlan plan = plan(c);
        assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.INELIGIBLE);
        assertThat(plan.sessions()).isEmpty();
      }
    });
  }

  @Test
  void antibioticsAlwaysPushTheStartPastTheirLastDay() {
    forAll(c -> {
      if (c.antibiotic().isEmpty()) {
        return;
      }
      TreatmentPlan plan = plan(c);
      Optional<LocalDate> lastDay = c.antibiotic().get();
      if (lastDay.isEmpty()) {
        assertThat(plan.sessions()).as("an ongoing course").isEmpty();
      } else if (!plan.sessions().isEmpty()) {
        assertThat(plan.sessions().get(0).date()).isAfter(lastDay.get());
        assertThat(plan.eligibility().earliestStart()).hasValueSatisfying(d -> assertThat(d).isAfter(lastDay.get()));
      }
    });
  }

  @Test
  void noAftercareWindowContainsAnotherSession() {
    forAll(c -> CourseFactsTest.assertNoAftercareOverlapsASession(plan(c)));
  }

  private static TreatmentPlan plan(Case c) {
    return PlasmaRequest.REGIMEN.plan(c.request());
  }

  private static void forAll(java.util.function.Consumer<Case> property) {
    qt().withExamples(EXAMPLES)
        .withFixedSeed(20270105L)
        .forAll(longs().all().map(PlasmaProperties::generate).describedAs(c -> "request " + c.request().id().orElse("")))
        .checkAssert(property);
  }

  static Case generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate asOf = LocalDate.of(2027, 1, 1).plusDays(random.nextInt(365));
    String indication = INDICATIONS[random.nextInt(INDICATIONS.length)];
    PlasmaRequest r =
        PlasmaRequest.healthy()
            .set("id", q("seed-" + Long.toHexString(seed)))
            .set("asOf", q(asOf.toString()))
            .set("indication", q(indication))
            .set("areas", indication.equals("STRETCH_MARKS") ? "[\"ABDOMEN\", \"THIGHS\"]" : "[\"FACE\"]")
            .patient("birthDate", q(asOf.minusYears(18 + random.nextInt(50)).toString()));
    if (indication.equals("STRETCH_MARKS") && random.nextBoolean()) {
      String[] severities = {"MILD", "MODERATE", "SEVERE"};
      r.set("striae", "{\"severity\": " + q(severities[random.nextInt(3)]) + "}");
    }
    if (random.nextInt(4) > 0) {
      r.patient("menstruation", "{\"lastStart\": " + q(asOf.minusDays(random.nextInt(35)).toString())
          + ", \"cycleDays\": " + (21 + random.nextInt(15)) + ", \"periodDays\": " + (2 + random.nextInt(6)) + "}");
    } else {
      r.unknown("menstruation");
    }
    String[] skin = {"DRY", "NORMAL", "OILY", "COMBINATION"};
    if (random.nextBoolean()) {
      r.patient("skin", "{\"type\": " + q(skin[random.nextInt(4)]) + "}");
    } else {
      r.unknown("skin");
    }
    Optional<Optional<LocalDate>> antibiotic = Optional.empty();
    if (random.nextBoolean()) {
      if (random.nextInt(5) == 0) {
        antibiotic = Optional.of(Optional.empty());
        r.patient("medications", "[{\"kind\": \"ANTIBIOTIC\"}]");
      } else {
        LocalDate until = asOf.plusDays(random.nextInt(60) - 5);
        antibiotic = Optional.of(Optional.of(until));
        r.patient("medications", "[{\"kind\": \"ANTIBIOTIC\", \"until\": " + q(until.toString()) + "}]");
      }
    }
    int tests = random.nextInt(3);
    if (tests == 0) {
      r.patient("labResults", "[]");
    } else if (tests == 1) {
      String date = asOf.minusDays(random.nextInt(60)).toString();
      r.patient("labResults", "[" + lab("HIV", "NEGATIVE", date) + ", " + lab("HEPATITIS", "NEGATIVE", date) + ", "
          + lab("SYPHILIS", "NEGATIVE", date) + ", " + lab("BLOOD_COUNT", "NORMAL", date) + ", "
          + lab("BLOOD_BIOCHEMISTRY", "NORMAL", date) + "]");
    } else {
      r.patient("labResults", "[" + lab("HIV", "NEGATIVE", asOf.minusDays(3).toString()) + "]");
    }
    if (random.nextBoolean()) {
      r.set("calendar", "{\"openDays\": [\"MONDAY\", \"TUESDAY\", \"WEDNESDAY\", \"THURSDAY\", \"FRIDAY\"], "
          + "\"closedDates\": [" + q(asOf.plusDays(random.nextInt(90)).toString()) + "]}");
    }
    if (random.nextBoolean()) {
      r.set("earliestStart", q(asOf.plusDays(random.nextInt(30)).toString()));
    }
    boolean absolute = random.nextInt(4) == 0;
    if (absolute) {
      String[] rule = ABSOLUTE.get(random.nextInt(ABSOLUTE.size()));
      r.patient(rule[0], rule[1]);
      if (rule[0].equals("medications")) {
        antibiotic = Optional.empty(); // the antibiotic course was replaced
      }
    }
    return new Case(r.request(), absolute, antibiotic);
  }
}
