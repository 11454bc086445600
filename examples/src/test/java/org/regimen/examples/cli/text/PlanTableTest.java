package org.regimen.examples.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regimen.dates.DateRange;
import org.regimen.plan.Adjustment;
import org.regimen.plan.AdjustmentReason;
import org.regimen.plan.Cost;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.DayRange;
import org.regimen.plan.Eligibility;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.ExcludedArea;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.Likelihood;
import org.regimen.plan.RequiredTest;
import org.regimen.plan.RequiredTestReason;
import org.regimen.plan.ResultPhase;
import org.regimen.plan.ResultWindow;
import org.regimen.plan.Risk;
import org.regimen.plan.RiskSite;
import org.regimen.plan.Session;
import org.regimen.plan.TimeOfDay;
import org.regimen.plan.TreatmentPlan;
import org.regimen.plan.TreatmentRef;
import org.regimen.request.BodyArea;
import org.regimen.request.Currency;
import org.regimen.request.Indication;
import org.regimen.request.LabTest;

/** The text table of a plan built by hand: every part of the plan shows, with dates and weekdays. */
class PlanTableTest {
  private static final LocalDate MONDAY = LocalDate.parse("2027-01-11");

  @Test
  void printsHeaderEligibilityAndDatedSessions() {
    String text = PlanTable.format(plan());

    assertThat(text)
        .contains("Treatment       Platelet-rich plasma injections (prp, protocol 1.0.0)")
        .contains("Status          ELIGIBLE_WITH_PRECAUTIONS")
        .contains("Earliest start  2027-01-11 Mon")
        .containsPattern("ACTIVE_INFECTION\\s+TEMPORARY\\s+THIGHS\\s+2027-01-20 Wed")
        .contains("action: Treat the infection first.")
        .containsPattern("THIGHS\\s+ACTIVE_INFECTION")
        .containsPattern("HIV\\s+MISSING")
        .containsPattern("1\\s+2027-01-11\\s+Mon\\s+15/60\\s+ABDOMEN\\s+2027-01-11 Mon \\.\\. 2027-01-12 Tue\\s+no")
        .contains("steps: BLOOD_DRAW, INJECTION")
        .contains("before 2027-01-05 Tue .. 2027-01-10 Sun: Avoid blood thinners.")
        .contains("after 2027-01-11 Mon: Do not wash the area.");
  }

  @Test
  void printsResultsRisksCostAndScheduleChanges() {
    String text = PlanTable.format(plan());

    assertThat(text)
        .containsPattern("ONSET\\s+2027-02-08 Mon\\s+2027-04-05 Mon\\s+over weeks to months")
        .containsPattern("BRUISING\\s+COMMON\\s+INJECTION\\s+2-5 days\\s+Bruising where the needle went in")
        .contains("EUR 600-900")
        .contains("session 1  CLOSED_DATE: moved past a holiday")
        .contains("Conflicts\n  none")
        .contains("Maintenance\n  none")
        .contains("Sources\n  000_cee33dee1438d68f.txt");
  }

  @Test
  void emptySessionsSayNone() {
    TreatmentPlan ineligible =
        TreatmentPlan.builder()
            .from(plan())
            .sessions(java.util.List.of())
            .eligibility(
                Eligibility.builder().status(EligibilityStatus.INELIGIBLE).build())
            .build();

    assertThat(PlanTable.format(ineligible))
        .contains("Status          INELIGIBLE")
        .contains("Earliest start  not known")
        .contains("Sessions\n  none")
        .contains("Findings\n  none");
  }

  private static TreatmentPlan plan() {
    return TreatmentPlan.builder()
        .treatment(TreatmentRef.of("prp", "Platelet-rich plasma injections", "1.0.0", "a".repeat(64), "b".repeat(64)))
        .indication(Indication.STRETCH_MARKS)
        .language("en")
        .eligibility(
            Eligibility.builder()
                .status(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS)
                .earliestStart(MONDAY)
                .addFindings(
                    Finding.builder()
                        .code("ACTIVE_INFECTION")
                        .severity(FindingSeverity.TEMPORARY)
                        .area(BodyArea.THIGHS)
                        .message("An active skin infection in the area.")
                        .action("Treat the infection first.")
                        .source("000_cee33dee1438d68f.txt")
                        .sourceWords("active skin infections in the treatment area")
                        .until(LocalDate.parse("2027-01-20"))
                        .build())
                .addExcludedAreas(ExcludedArea.of(BodyArea.THIGHS, "ACTIVE_INFECTION"))
                .addRequiredTests(RequiredTest.of(LabTest.HIV, RequiredTestReason.MISSING))
                .build())
        .addSessions(
            Session.builder()
                .number(1)
                .date(MONDAY)
                .minutes(15)
                .visitMinutes(60)
                .timeOfDay(TimeOfDay.ANY)
                .addAreas(BodyArea.ABDOMEN)
                .addSteps("BLOOD_DRAW", "INJECTION")
                .downtime(DateRange.ofClosed(MONDAY, MONDAY.plusDays(1)))
                .addBefore(
                    DatedInstruction.builder()
                        .code("AVOID_BLOOD_THINNERS")
                        .days(DateRange.ofClosed(LocalDate.parse("2027-01-05"), MONDAY.minusDays(1)))
                        .text("Avoid blood thinners.")
                        .source("000_cee33dee1438d68f.txt")
                        .build())
                .addAfter(
                    DatedInstruction.builder()
                        .code("NO_WASHING")
                        .days(DateRange.ofDay(MONDAY))
                        .text("Do not wash the area.")
                        .source("000_cee33dee1438d68f.txt")
                        .build())
                .tentative(false)
                .build())
        .addResults(
            ResultWindow.builder()
                .phase(ResultPhase.ONSET)
                .days(DateRange.ofClosed(LocalDate.parse("2027-02-08"), LocalDate.parse("2027-04-05")))
                .source("000_cee33dee1438d68f.txt")
                .sourceWords("over weeks to months")
                .build())
        .addRisks(
            Risk.builder()
                .code("BRUISING")
                .likelihood(Likelihood.COMMON)
                .site(RiskSite.INJECTION)
                .resolvesInDays(DayRange.of(2, 5))
                .text("Bruising where the needle went in")
                .source("000_cee33dee1438d68f.txt")
                .sourceWords("bruising")
                .build())
        .cost(Cost.of(Currency.EUR, 600, 900))
        .addAdjustments(Adjustment.of(1, AdjustmentReason.CLOSED_DATE, "moved past a holiday"))
        .addSources("000_cee33dee1438d68f.txt")
        .build();
  }
}
