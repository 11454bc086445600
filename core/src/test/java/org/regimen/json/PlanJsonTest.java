package org.regimen.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.dates.DateRange;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.plan.Adjustment;
import org.regimen.plan.AdjustmentReason;
import org.regimen.plan.Comparison;
import org.regimen.plan.ComparisonOption;
import org.regimen.plan.Conflict;
import org.regimen.plan.ConstraintKind;
import org.regimen.plan.Cost;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.DayRange;
import org.regimen.plan.Eligibility;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.ExcludedArea;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.Likelihood;
import org.regimen.plan.Maintenance;
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
import org.regimen.plan.Visit;
import org.regimen.plan.VisitKind;
import org.regimen.request.BodyArea;
import org.regimen.request.Currency;
import org.regimen.request.Indication;
import org.regimen.request.LabTest;

class PlanJsonTest {
  private static final LocalDate DAY = LocalDate.of(2027, 1, 11);
  private final RegimenJson json = RegimenJson.create();

  static Eligibility eligibility() {
    return Eligibility.builder()
        .status(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS)
        .earliestStart(DAY)
        .addFindings(
            Finding.builder()
                .code("ACTIVE_INFECTION")
                .severity(FindingSeverity.TEMPORARY)
                .area(BodyArea.THIGHS)
                .message("an infection in the area")
                .action("treat it first")
                .source("000_cee33dee1438d68f.txt")
                .sourceWords("active skin infections in the treatment area")
                .until(DAY.plusDays(3))
                .build())
        .addExcludedAreas(ExcludedArea.of(BodyArea.THIGHS, "ACTIVE_INFECTION"))
        .addRequiredTests(RequiredTest.of(LabTest.HIV, RequiredTestReason.OUTDATED))
        .build();
  }

  static ResultWindow result() {
    return ResultWindow.builder()
        .phase(ResultPhase.ONSET)
        .days(DateRange.ofClosed(DAY.plusWeeks(3), DAY.plusWeeks(8)))
        .source("000.txt")
        .sourceWords("over weeks to months")
        .note("\"quoted\", with ünïcödé and a\nnew line")
        .build();
  }

  /** A plan with every optional field present and every list non-empty. */
  static TreatmentPlan fullPlan() {
    DatedInstruction before =
        DatedInstruction.builder()
            .code("AVOID_ALCOHOL")
            .days(DateRange.ofClosed(DAY.minusDays(6), DAY.minusDays(1)))
            .text("no alcohol")
            .source("000.txt")
            .sourceWords("avoid alcohol")
            .build();
    DatedInstruction after =
        DatedInstruction.builder()
            .code("AVOID_SUN")
            .days(DateRange.ofClosed(DAY, DAY.plusDays(3)))
            .text("no sun")
            .source("regimen-default")
            .build();
    Session session =
        Session.builder()
            .number(1)
            .treatment("prp")
            .date(DAY)
            .minutes(15)
            .visitMinutes(60)
            .timeOfDay(TimeOfDay.MORNING)
            .fastingHours(4)
            .addAreas(BodyArea.ABDOMEN, BodyArea.FLANKS)
            .harvestSite(BodyArea.ABDOMEN)
            .addPractitioners("AESTHETICIAN", "REGISTERED_NURSE")
            .addSteps("BLOOD_DRAW", "INJECTION")
            .addNotes("the mix is the practitioner's choice")
            .downtime(DateRange.ofClosed(DAY, DAY.plusDays(1)))
            .addBefore(before)
            .addAfter(after)
            .tentative(true)
            .build();
    return TreatmentPlan.builder()
        .id("consult-2027-0142")
        .treatment(TreatmentRef.of("prp", "Platelet-rich plasma injections", "1.0.0", "a".repeat(64), "b".repeat(64)))
        .indication(Indication.STRETCH_MARKS)
        .language("en")
        .eligibility(eligibility())
        .addSessions(session)
        .addVisits(
            Visit.builder()
                .kind(VisitKind.CONSULTATION)
                .date(DAY.minusDays(2))
                .purpose("consultation and tests")
                .treatment("prp")
                .build())
        .addResults(result())
        .addRisks(
            Risk.builder()
                .code("BRUISING")
                .likelihood(Likelihood.COMMON)
                .site(RiskSite.INJECTION)
                .resolvesInDays(DayRange.of(2, 5))
                .text("bruises")
                .source("000.txt")
                .sourceWords("bruising")
                .note("more likely with anticoagulants")
                .build())
        .maintenance(
            Maintenance.builder()
                .days(DateRange.ofClosed(DAY.plusMonths(12), DAY.plusMonths(18)))
                .text("one session a year")
                .source("003.txt")
                .sourceWords("once a year")
                .build())
        .cost(Cost.of(Currency.EUR, 900, 1500))
        .addAdjustments(Adjustment.of(1, AdjustmentReason.CLOSED_DATE, "moved"))
        .addConflicts(
            Conflict.builder().constraint(ConstraintKind.EVENT).session(1).text("downtime").build())
        .addSources("000_cee33dee1438d68f.txt")
        .build();
  }

  @Test
  void aFullPlanReadsBackEqual() {
    TreatmentPlan plan = fullPlan();

    assertThat(json.readPlan(json.writePlan(plan))).isEqualTo(plan);
  }

  @Test
  void aMinimalCombinedPlanReadsBackEqual() {
    TreatmentPlan plan =
        TreatmentPlan.builder()
            .addTreatments(TreatmentRef.of("prp", "PRP", "1.0.0", "a".repeat(64), "b".repeat(64)), TreatmentRef.of("plasma", "P", "2", "a".repeat(64), "b".repeat(64)))
            .indication(Indication.ACNE)
            .language("fr")
            .eligibility(Eligibility.builder().status(EligibilityStatus.INELIGIBLE).build())
            .addConflicts(Conflict.builder().constraint(ConstraintKind.NO_AREA_LEFT).text("x").build())
            .maintenance(Maintenance.builder().text("t").source("s").sourceWords("w").build())
            .build();

    String text = json.writePlan(plan);

    assertThat(json.readPlan(text)).isEqualTo(plan);
    assertThat(text).doesNotContain("\"treatment\":").contains("\"treatments\":[{");
    assertThat(text).contains("\"maintenance\":{\"text\"");
  }

  @Test
  void writesTheContractShapes() {
    String text = json.writePlan(fullPlan());

    assertThat(text)
        .contains(
            "\"treatment\":{\"id\":\"prp\",\"name\":\"Platelet-rich plasma injections\","
                + "\"protocolVersion\":\"1.0.0\",\"protocolDigest\":\"" + "a".repeat(64) + "\","
                + "\"baselineDigest\":\"" + "b".repeat(64) + "\"}")
        .contains("\"downtime\":{\"from\":\"2027-01-11\",\"to\":\"2027-01-12\"}")
        .contains("\"resolvesInDays\":{\"min\":2,\"max\":5}")
        .contains("\"cost\":{\"currency\":\"EUR\",\"min\":900,\"max\":1500}")
        .contains("\"excludedAreas\":[{\"area\":\"THIGHS\",\"code\":\"ACTIVE_INFECTION\"}]")
        .contains("{\"phase\":\"ONSET\",\"from\":\"2027-02-01\",\"to\":\"2027-03-08\",");
  }

  @Test
  void emptyListsAreWrittenAndEmptyOptionalsLeftOut() {
    TreatmentPlan plan =
        TreatmentPlan.builder()
            .treatment(TreatmentRef.of("prp", "PRP", "1.0.0", "a".repeat(64), "b".repeat(64)))
            .indication(Indication.ACNE)
            .language("en")
            .eligibility(Eligibility.builder().status(EligibilityStatus.ELIGIBLE).build())
            .build();

    assertThat(json.writePlan(plan))
        .isEqualTo(
            "{\"treatment\":{\"id\":\"prp\",\"name\":\"PRP\",\"protocolVersion\":\"1.0.0\","
                + "\"protocolDigest\":\"" + "a".repeat(64) + "\",\"baselineDigest\":\"" + "b".repeat(64) + "\"},"
                + "\"indication\":\"ACNE\",\"language\":\"en\",\"eligibility\":{\"status\":"
                + "\"ELIGIBLE\",\"findings\":[],\"excludedAreas\":[],\"requiredTests\":[]},"
                + "\"sessions\":[],\"visits\":[],\"results\":[],\"risks\":[],\"adjustments\":[],"
                + "\"conflicts\":[],\"notes\":[],\"sources\":[],\"library\":\"" + Regimen.version() + "\"}");
  }

  @Test
  void writesToAStreamAsUtf8() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    json.writePlan(fullPlan(), out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(json.writePlan(fullPlan()));
  }

  @Test
  void aComparisonReadsBackEqual() {
    Comparison comparison =
        Comparison.builder()
            .id("c-1")
            .indication(Indication.STRETCH_MARKS)
            .addOptions(
                ComparisonOption.builder()
                    .treatment(TreatmentRef.of("prp", "PRP", "1.0.0", "a".repeat(64), "b".repeat(64)))
                    .eligibility(eligibility())
                    .sessionCount(3)
                    .courseDays(57)
                    .downtimeDays(6)
                    .addResults(result())
                    .cost(Cost.of(Currency.USD, 1, 2))
                    .addRiskCodes("BRUISING", "SWELLING")
                    .build())
            .build();

    assertThat(json.readComparison(json.writeComparison(comparison))).isEqualTo(comparison);
  }

  @Test
  void readingAPlanIsStrict() {
    String text = json.writePlan(fullPlan()).replace("\"minutes\":15", "\"minutes\":15,\"extra\":1");

    InvalidRequestException e =
        catchThrowableOfType(InvalidRequestException.class, () -> json.readPlan(text));

    assertThat(e.problems()).extracting(Problem::path).containsExactly("sessions[0]");
  }

  @Test
  void planProblemsAreCollected() {
    String text =
        json.writePlan(fullPlan())
            .replace("\"likelihood\":\"COMMON\"", "\"likelihood\":\"OFTEN\"")
            .replace("\"to\":\"2027-01-12\"", "\"to\":\"2027-01-10\"");

    InvalidRequestException e =
        catchThrowableOfType(InvalidRequestException.class, () -> json.readPlan(text));

    assertThat(e.problems())
        .containsExactly(
            Problem.of("sessions[0].downtime", "must not end before it starts (to is before from)"),
            Problem.of("risks[0].likelihood", "must be one of: COMMON, UNCOMMON, RARE"));
  }

}
