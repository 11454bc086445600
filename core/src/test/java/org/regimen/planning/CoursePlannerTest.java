package org.regimen.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.dates.DateRange;
import org.regimen.plan.AdjustmentReason;
import org.regimen.plan.Cost;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.ResultPhase;
import org.regimen.plan.ResultWindow;
import org.regimen.plan.Risk;
import org.regimen.plan.Session;
import org.regimen.plan.TimeOfDay;
import org.regimen.plan.TreatmentPlan;
import org.regimen.plan.VisitKind;
import org.regimen.request.BodyArea;
import org.regimen.request.CalendarConstraints;
import org.regimen.request.Currency;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.Indication;
import org.regimen.request.Lifestyle;
import org.regimen.request.Medication;
import org.regimen.request.MedicationKind;
import org.regimen.request.TreatmentRequest;

/**
 * The planner's own rules, on a test protocol with known numbers (planner-protocol.json): two
 * sessions 90 days apart, a 14-day preparation lead ("a week or two"), a consultation 21 days before
 * session 1, fasting on the session day, 1 to 2 days of downtime, a 30-day hold for a prescribed
 * blood thinner.
 */
class CoursePlannerTest {
  private static final Regimen REGIMEN =
      Regimen.of(TreatmentCatalog.of(List.of(new PlannerTestModule())));
  private static final LocalDate AS_OF = LocalDate.of(2027, 1, 4); // a Monday

  private static ImmutableTreatmentRequest.Builder request() {
    return TreatmentRequest.builder()
        .asOf(AS_OF)
        .treatment("planner-test")
        .indication(Indication.STRETCH_MARKS)
        .addAreas(BodyArea.ABDOMEN)
        .patient(KnownPatient.builder().build());
  }

  @Test
  void theConsultationIsAVisitNotASessionAndSessionOneWaitsForItsResults() {
    TreatmentPlan plan = REGIMEN.plan(request().build());
    assertThat(plan.visits()).singleElement().satisfies(v -> {
      assertThat(v.kind()).isEqualTo(VisitKind.CONSULTATION);
      assertThat(v.date()).isEqualTo(AS_OF);
    });
    assertThat(plan.sessions().get(0).date()).isEqualTo(AS_OF.plusDays(21));
    assertThat(plan.adjustments()).anyMatch(a -> a.session() == 1 && a.reason() == AdjustmentReason.DEFERRAL);
  }

  @Test
  void theConsultationGoesOnTheFirstOpenDay() {
    TreatmentPlan plan =
        REGIMEN.plan(request()
            .calendar(CalendarConstraints.builder().openDays(EnumSet.of(DayOfWeek.WEDNESDAY)).build())
            .build());
    assertThat(plan.visits().get(0).date()).isEqualTo(LocalDate.of(2027, 1, 6));
    assertThat(plan.sessions().get(0).date()).isAfterOrEqualTo(LocalDate.of(2027, 1, 27));
  }

  @Test
  void preparationIsDatedBeforeSessionOneFromTheSafeEndOfItsVagueLead() {
    Session first = REGIMEN.plan(request().build()).sessions().get(0);
    DatedInstruction stop =
        first.before().stream().filter(i -> i.code().equals("STOP_BLOOD_THINNERS")).findFirst().orElseThrow();
    // "a week or two" is 7 to 14 days: the instruction starts 14 days before and ends the day before.
    assertThat(stop.days()).isEqualTo(DateRange.ofClosed(first.date().minusDays(14), first.date().minusDays(1)));
  }

  @Test
  void aFirstSessionOnlyInstructionIsNotRepeatedButASessionDayInstructionIs() {
    TreatmentPlan plan = REGIMEN.plan(request().build());
    Session second = plan.sessions().get(1);
    assertThat(second.before()).extracting(DatedInstruction::code).containsExactly("FASTING");
    assertThat(second.before().get(0).days()).isEqualTo(DateRange.ofDay(second.date()));
    assertThat(second.timeOfDay()).isEqualTo(TimeOfDay.MORNING);
    assertThat(second.fastingHours()).contains(8);
  }

  @Test
  void sessionsFollowTheIntervalAndDowntimeAndAftercareAreDated() {
    TreatmentPlan plan = REGIMEN.plan(request().build());
    List<Session> sessions = plan.sessions();
    assertThat(sessions).hasSize(2);
    assertThat(ChronoUnit.DAYS.between(sessions.get(0).date(), sessions.get(1).date())).isEqualTo(90);
    Session first = sessions.get(0);
    assertThat(first.downtime()).contains(DateRange.ofClosed(first.date(), first.date().plusDays(1)));
    // "a few days" is 2 to 5 days: aftercare covers the session day and the 4 days after.
    assertThat(first.after().get(0).days()).isEqualTo(DateRange.ofClosed(first.date(), first.date().plusDays(4)));
  }

  @Test
  void minutesGrowWithTheAreasWithinTheProtocolBounds() {
    assertThat(REGIMEN.plan(request().build()).sessions().get(0).minutes()).isEqualTo(15);
    TreatmentPlan three =
        REGIMEN.plan(request().areas(List.of(BodyArea.ABDOMEN, BodyArea.THIGHS, BodyArea.HIPS)).build());
    assertThat(three.sessions().get(0).minutes()).isEqualTo(45);
    assertThat(three.sessions().get(0).visitMinutes()).isEqualTo(75);
  }

  @Test
  void resultWindowsAreDatesFromTheirAnchors() {
    TreatmentPlan plan = REGIMEN.plan(request().build());
    LocalDate first = plan.sessions().get(0).date();
    LocalDate last = plan.sessions().get(1).date();
    // Months are calendar months when a date is counted from a session: "weeks to months" is 2 weeks
    // to 6 months, "18-24 months" ends on the same day of the month 24 months on, not a week early.
    assertThat(window(plan, ResultPhase.ONSET)).isEqualTo(DateRange.ofClosed(first.plusDays(14), first.plusMonths(6)));
    assertThat(window(plan, ResultPhase.OPTIMAL)).isEqualTo(DateRange.ofClosed(first, last));
    assertThat(window(plan, ResultPhase.LASTS_UNTIL))
        .isEqualTo(DateRange.ofClosed(last.plusMonths(18), last.plusMonths(24)));
    assertThat(plan.maintenance().orElseThrow().days()).contains(DateRange.ofClosed(last.plusMonths(3), last.plusMonths(3)));
  }

  @Test
  void monthsOnTheCalendarAreNotThirtyDays() {
    // 18 months from a session fall on the same day of the month; 24 months are 730 or 731 days,
    // where 24 x 30 days would end the window a week or more early.
    TreatmentPlan plan = REGIMEN.plan(request().build());
    LocalDate last = plan.sessions().get(1).date();
    assertThat(window(plan, ResultPhase.LASTS_UNTIL).from().getDayOfMonth()).isEqualTo(last.getDayOfMonth());
    assertThat(window(plan, ResultPhase.LASTS_UNTIL).to()).isAfter(last.plusDays(720));
  }

  @Test
  void costIsThePerSessionPriceTimesTheSessionsInTheRequestedCurrencyNeverConverted() {
    assertThat(REGIMEN.plan(request().build()).cost()).contains(Cost.of(Currency.EUR, 200, 300));
    assertThat(REGIMEN.plan(request().currency(Currency.USD).build()).cost()).contains(Cost.of(Currency.USD, 240, 360));
  }

  @Test
  void theHarvestSiteIsTheFirstPreferredSiteThatIsNotTreated() {
    assertThat(REGIMEN.plan(request().build()).sessions().get(0).harvestSite()).contains(BodyArea.FLANKS);
    TreatmentPlan thighs = REGIMEN.plan(request().areas(List.of(BodyArea.THIGHS)).build());
    assertThat(thighs.sessions().get(0).harvestSite()).contains(BodyArea.ABDOMEN);
  }

  @Test
  void aLifestyleRiskIsListedOnlyForPatientsItConcerns() {
    assertThat(REGIMEN.plan(request().build()).risks()).extracting(Risk::code).containsExactly("BRUISING");
    TreatmentPlan solarium =
        REGIMEN.plan(request()
            .patient(KnownPatient.builder().lifestyle(Lifestyle.builder().frequentSolarium(true).build()).build())
            .build());
    assertThat(solarium.risks()).extracting(Risk::code).containsExactly("BRUISING", "PIGMENT_SPOTS");
    assertThat(solarium.risks().get(1).note()).isPresent();
  }

  @Test
  void aRuleWithHoldDaysKeepsTentativeSessionsAwayForThatLong() {
    TreatmentPlan plan =
        REGIMEN.plan(request()
            .patient(KnownPatient.builder().medications(List.of(Medication.ongoing(MedicationKind.ANTICOAGULANT))).build())
            .build());
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
    assertThat(plan.sessions()).allMatch(Session::tentative);
    assertThat(plan.sessions().get(0).date()).isAfterOrEqualTo(AS_OF.plusDays(30));
    assertThat(plan.eligibility().findings()).allSatisfy(f -> {
      assertThat(f.message().toLowerCase()).doesNotContain("stop");
      assertThat(f.action().toLowerCase()).doesNotContain("stop");
    });
  }

  @Test
  void aPlanListsOnlyTheSourcesItsCourseAndFindingsCite() {
    TreatmentPlan plan = REGIMEN.plan(request().build());
    assertThat(plan.sources()).contains("000_cee33dee1438d68f.txt", "004_1a51e8a62b495aeb.txt").doesNotContain("regimen-default");
  }

  private static DateRange window(TreatmentPlan plan, ResultPhase phase) {
    return plan.results().stream().filter(r -> r.phase() == phase).map(ResultWindow::days).findFirst().orElseThrow();
  }
}
