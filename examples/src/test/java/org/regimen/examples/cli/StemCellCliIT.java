package org.regimen.examples.cli;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.json.RegimenJson;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.plan.Risk;
import org.regimen.plan.RiskSite;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.plan.VisitKind;
import org.regimen.request.BodyArea;

/**
 * The built command-line jar planning the stem cell sample: a moderate, recent stretch-mark patient
 * (the "done" case) gets a harvest site, 2 dated sessions a few weeks apart whose length
 * depends on the areas, risks by site, and dated preparation that respects blood thinners.
 */
class StemCellCliIT {
  private static final Path SAMPLE = CliProcess.REQUESTS.resolve("stemcell-stretch-marks.json");
  private static final LocalDate AS_OF = LocalDate.parse("2027-01-05");
  private static final LocalDate CLOSED_DATE = LocalDate.parse("2027-02-22");

  @Test
  void treatmentsListsTheStemcellModule() {
    CliProcess.Result result = CliProcess.run("treatments");

    assertSucceeded(result);
    assertThat(result.out()).containsPattern("(?m)^stemcell\\s+\\S.*\\s\\d+\\.\\d+");
  }

  @Test
  void planTablePrintsTheHarvestSiteAndRisksBySite() {
    CliProcess.Result result = CliProcess.run("plan", SAMPLE.toString());

    assertSucceeded(result);
    assertThat(result.out())
        .contains("stemcell", "STRETCH_MARKS", "Sessions", "Results", "ONSET", "Risks")
        .contains("harvest site: ABDOMEN")
        .contains("FAT_HARVEST", "CENTRIFUGATION", "INJECTION")
        .containsPattern("HARVEST_BRUISING\\s+COMMON\\s+HARVEST")
        .containsPattern("INJECTION_BRUISING\\s+COMMON\\s+INJECTION")
        .contains("45/75");
  }

  @Test
  void planJsonHasTwoSessionsAFewWeeksApartWithHarvestSiteAndDatedPreparation() {
    TreatmentPlan plan = planJson(SAMPLE);

    assertThat(plan.id()).hasValue("example-stemcell-stretch-marks");
    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE);
    assertThat(plan.visits()).singleElement().satisfies(v -> assertThat(v.kind()).isEqualTo(VisitKind.CONSULTATION));
    List<Session> sessions = plan.sessions();
    assertThat(sessions).hasSize(2);
    assertThat(sessions).allSatisfy(s -> {
      assertThat(s.harvestSite()).contains(BodyArea.ABDOMEN);
      assertThat(s.minutes()).isEqualTo(45); // two areas: 30 + 15
      assertThat(s.date().getDayOfWeek()).isNotIn(SATURDAY, SUNDAY);
      assertThat(s.date()).isNotEqualTo(CLOSED_DATE);
    });
    long gap = ChronoUnit.DAYS.between(sessions.get(0).date(), sessions.get(1).date());
    assertThat(gap).isBetween(14L, 42L);

    Session first = sessions.get(0);
    assertThat(first.date()).isAfterOrEqualTo(AS_OF.plusDays(14));
    DatedInstruction supplements =
        first.before().stream().filter(i -> i.code().equals("STOP_BLOOD_THINNING_SUPPLEMENTS")).findFirst().orElseThrow();
    assertThat(supplements.days().from()).isEqualTo(first.date().minusDays(14)).isAfterOrEqualTo(AS_OF);
    assertThat(supplements.text()).contains("Keep taking every medicine a doctor prescribed");
    assertThat(plan.risks()).extracting(Risk::site).contains(RiskSite.HARVEST, RiskSite.INJECTION);
  }

  @Test
  void aPrescribedAnticoagulantIsLeftToThePrescriber() throws IOException {
    String sample = Files.readString(SAMPLE, StandardCharsets.UTF_8);
    String withAnticoagulant = sample.replace("\"medications\": []", "\"medications\": [{ \"kind\": \"ANTICOAGULANT\" }]");
    assertThat(withAnticoagulant).isNotEqualTo(sample);
    Path request = Files.createTempFile("stemcell-anticoagulant", ".json");
    try {
      Files.writeString(request, withAnticoagulant, StandardCharsets.UTF_8);
      CliProcess.Result result = CliProcess.run("plan", "--json", request.toString());

      assertSucceeded(result);
      TreatmentPlan plan = RegimenJson.create().readPlan(result.out());
      assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
      assertThat(plan.eligibility().findings()).extracting(Finding::code)
          .containsOnlyOnce("PRESCRIBED_BLOOD_THINNER").doesNotContain("ANTICOAGULANT_THERAPY");
      assertThat(plan.sessions()).isNotEmpty().allMatch(Session::tentative);
      assertThat(plan.sessions().get(0).date()).isAfterOrEqualTo(AS_OF.plusDays(14));
      assertThat(result.out()).doesNotContainPattern("(?i)stop[^.;\"]*(medic|anticoag|antiplatelet|prescri)");
    } finally {
      Files.deleteIfExists(request);
    }
  }

  private static TreatmentPlan planJson(Path request) {
    CliProcess.Result result = CliProcess.run("plan", "--json", request.toString());
    assertSucceeded(result);
    return RegimenJson.create().readPlan(result.out());
  }

  private static void assertSucceeded(CliProcess.Result result) {
    assertThat(result.err()).as("standard error").isEmpty();
    assertThat(result.exitCode()).as("exit status; stdout:%n%s", result.out()).isZero();
  }
}
