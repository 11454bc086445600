package org.regimen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.screening.Fixtures.AS_OF;
import static org.regimen.screening.Fixtures.codes;
import static org.regimen.screening.Fixtures.finding;
import static org.regimen.screening.Fixtures.knownHealthy;
import static org.regimen.screening.Fixtures.request;
import static org.regimen.screening.Fixtures.screenWithBaseline;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.ExcludedArea;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.protocol.Basis;
import org.regimen.protocol.BaselineOverride;
import org.regimen.request.Allergy;
import org.regimen.request.AreaCondition;
import org.regimen.request.AreaFinding;
import org.regimen.request.BodyArea;
import org.regimen.request.Condition;
import org.regimen.request.Medication;
import org.regimen.request.MedicationKind;
import org.regimen.request.PregnancyStatus;

/** One test per baseline rule; each names the source line it comes from. */
class BaselineRulesTest {

  @Test
  void knownHealthyAdultIsEligible() {
    ScreeningResult result = screenWithBaseline(request(knownHealthy().build()));
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE);
    assertThat(result.eligibility().findings()).isEmpty();
    assertThat(result.sessionsAllowed()).isTrue();
    assertThat(result.eligibility().earliestStart()).contains(AS_OF);
  }

  /** 003, line 38: "Are not pregnant or breastfeeding." */
  @Test
  void pregnancy_003_areNotPregnantOrBreastfeeding_defersWithNoSessions() {
    ScreeningResult result =
        screenWithBaseline(request(knownHealthy().pregnancy(PregnancyStatus.PREGNANT).build()));
    Finding f = finding(result, "PREGNANCY");
    assertThat(f.severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(f.until()).isEmpty();
    assertThat(f.source()).isEqualTo(BaselineRules.FILE_003);
    assertThat(f.sourceWords()).isEqualTo("Are not pregnant or breastfeeding.");
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(result.eligibility().earliestStart()).isEmpty();
    assertThat(result.sessionsAllowed()).isFalse();
  }

  /** 003, line 38: "Are not pregnant or breastfeeding." */
  @Test
  void breastfeeding_003_areNotPregnantOrBreastfeeding_defersWithNoSessions() {
    ScreeningResult result =
        screenWithBaseline(request(knownHealthy().pregnancy(PregnancyStatus.BREASTFEEDING).build()));
    assertThat(codes(result)).containsExactly("BREASTFEEDING");
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(result.sessionsAllowed()).isFalse();
  }

  /** NCT03807986's exclusion criteria: "active infection", anywhere, defers with no known end. */
  @Test
  void infection_nct03807986_activeInfection_defersWithNoSessions() {
    ScreeningResult result =
        screenWithBaseline(request(knownHealthy().conditions(List.of(Condition.INFECTION)).build()));
    assertThat(codes(result)).containsExactly("INFECTION");
    assertThat(finding(result, "INFECTION").sourceWords()).isEqualTo("active infection");
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(result.sessionsAllowed()).isFalse();
  }

  /** 000, line 75: "those who have active skin infections in the treatment area". */
  @Test
  void activeInfection_000_activeSkinInfectionsInTheTreatmentArea_removesOnlyThatArea() {
    ScreeningResult result =
        screenWithBaseline(
            request(
                knownHealthy()
                    .areaFindings(List.of(AreaFinding.of(BodyArea.THIGHS, AreaCondition.ACTIVE_INFECTION)))
                    .build(),
                BodyArea.ABDOMEN,
                BodyArea.THIGHS));
    Finding f = finding(result, "ACTIVE_INFECTION");
    assertThat(f.area()).contains(BodyArea.THIGHS);
    assertThat(f.source()).isEqualTo(BaselineRules.FILE_000);
    assertThat(f.sourceWords()).isEqualTo("active skin infections in the treatment area");
    assertThat(result.eligibility().excludedAreas())
        .containsExactly(ExcludedArea.of(BodyArea.THIGHS, "ACTIVE_INFECTION"));
    assertThat(result.remainingAreas()).containsExactly(BodyArea.ABDOMEN);
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
    assertThat(result.sessionsAllowed()).isTrue();
  }

  /** 002, line 33: "who does not present major skin lesions that could impede the effect". */
  @Test
  void majorLesion_002_majorSkinLesions_removesThatArea() {
    ScreeningResult result =
        screenWithBaseline(
            request(
                knownHealthy()
                    .areaFindings(List.of(AreaFinding.of(BodyArea.ARMS, AreaCondition.MAJOR_LESION)))
                    .build(),
                BodyArea.ARMS,
                BodyArea.HIPS));
    assertThat(finding(result, "MAJOR_LESION").source()).isEqualTo(BaselineRules.FILE_002);
    assertThat(result.remainingAreas()).containsExactly(BodyArea.HIPS);
  }

  @Test
  void areaFindingInAnAreaNotRequestedIsIgnored() {
    ScreeningResult result =
        screenWithBaseline(
            request(
                knownHealthy()
                    .areaFindings(List.of(AreaFinding.of(BodyArea.FACE, AreaCondition.ACTIVE_INFECTION)))
                    .build(),
                BodyArea.ABDOMEN));
    assertThat(result.eligibility().findings()).isEmpty();
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE);
  }

  /** NCT03807986 exclusion criteria: anticoagulants. */
  @Test
  void anticoagulant_nct03807986_needsThePrescriberAndNeverSaysStop() {
    for (MedicationKind kind : List.of(MedicationKind.ANTICOAGULANT, MedicationKind.ANTIPLATELET)) {
      ScreeningResult result =
          screenWithBaseline(request(knownHealthy().medications(List.of(Medication.ongoing(kind))).build()));
      Finding f = finding(result, "ANTICOAGULANT_THERAPY");
      assertThat(f.severity()).isEqualTo(FindingSeverity.RELATIVE);
      assertThat(f.source()).isEqualTo(BaselineRules.NCT);
      assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
      assertThat(result.sessionsAllowed()).isTrue();
      assertThat(Fixtures.texts(result)).noneMatch(t -> t.toLowerCase().contains("stop"));
    }
  }

  /** NCT03807986 exclusion criteria: platelet disorders. */
  @Test
  void bleedingDisorder_nct03807986_needsClearance() {
    ScreeningResult result =
        screenWithBaseline(request(knownHealthy().conditions(List.of(Condition.BLEEDING_DISORDER)).build()));
    assertThat(finding(result, "BLEEDING_DISORDER").severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
  }

  /** Regimen default: an allergy to an agent every session uses needs another agent. */
  @Test
  void allergies_regimenDefault_needClearanceEachWithItsOwnCode() {
    assertAllergy(Allergy.LOCAL_ANAESTHETIC, "LOCAL_ANAESTHETIC_ALLERGY");
    assertAllergy(Allergy.ANTISEPTIC, "ANTISEPTIC_ALLERGY");
    assertAllergy(Allergy.LATEX, "LATEX_ALLERGY");
  }

  /**
   * Regimen default: an allergy to anything else is checked against every product of the session (a
   * precaution in the baseline; mesotherapy, whose mix the specialist chooses, raises it).
   */
  @Test
  void otherAllergy_regimenDefault_isAPrecautionToCheckAgainstTheProducts() {
    ScreeningResult result =
        screenWithBaseline(request(knownHealthy().allergies(List.of(Allergy.OTHER)).build()));
    assertThat(finding(result, "OTHER_ALLERGY").severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
  }

  private static void assertAllergy(Allergy allergy, String code) {
    ScreeningResult result =
        screenWithBaseline(request(knownHealthy().allergies(List.of(allergy)).build()));
    Finding f = finding(result, code);
    assertThat(f.severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(f.source()).isEqualTo(Basis.REGIMEN_DEFAULT);
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
  }

  /** Regimen default: no elective injections for minors. */
  @Test
  void under18_regimenDefault_isIneligible() {
    ScreeningResult minor =
        screenWithBaseline(request(knownHealthy().birthDate(AS_OF.minusYears(18).plusDays(1)).build()));
    assertThat(finding(minor, "UNDER_18").severity()).isEqualTo(FindingSeverity.ABSOLUTE);
    assertThat(minor.eligibility().status()).isEqualTo(EligibilityStatus.INELIGIBLE);
    assertThat(minor.sessionsAllowed()).isFalse();
    assertThat(minor.eligibility().earliestStart()).isEmpty();

    ScreeningResult eighteenToday =
        screenWithBaseline(request(knownHealthy().birthDate(AS_OF.minusYears(18)).build()));
    assertThat(codes(eighteenToday)).doesNotContain("UNDER_18");
  }

  @Test
  void protocolOverrideChangesSeverityAndCitesItsOwnSource() {
    BaselineOverride stronger =
        BaselineOverride.builder()
            .code("BLEEDING_DISORDER")
            .severity(FindingSeverity.ABSOLUTE)
            .basis(Basis.of("004", "Blood disorders."))
            .build();
    ScreeningResult result =
        screenWithBaseline(
            request(knownHealthy().conditions(List.of(Condition.BLEEDING_DISORDER)).build()),
            Fixtures.protocolWith(stronger));
    Finding f = finding(result, "BLEEDING_DISORDER");
    assertThat(f.severity()).isEqualTo(FindingSeverity.ABSOLUTE);
    assertThat(f.source()).isEqualTo(Fixtures.PROTOCOL_FILE);
    assertThat(f.sourceWords()).isEqualTo("Blood disorders.");
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.INELIGIBLE);
  }

  @Test
  void protocolOverrideMayReplaceTheTextsToMatchItsSeverity() {
    BaselineOverride absolute =
        BaselineOverride.builder()
            .code("LATEX_ALLERGY")
            .severity(FindingSeverity.ABSOLUTE)
            .basis(Basis.of("004", "All allergic reactions."))
            .message("Any allergy rules the treatment out.")
            .action("Do not plan sessions.")
            .build();
    ScreeningResult result =
        screenWithBaseline(
            request(knownHealthy().allergies(List.of(Allergy.LATEX)).build()),
            Fixtures.protocolWith(absolute));
    Finding f = finding(result, "LATEX_ALLERGY");
    assertThat(f.severity()).isEqualTo(FindingSeverity.ABSOLUTE);
    assertThat(f.message()).isEqualTo("Any allergy rules the treatment out.");
    assertThat(f.action()).isEqualTo("Do not plan sessions.");
  }

  @Test
  void protocolOverrideWithoutTextsKeepsTheBaselineTexts() {
    BaselineOverride stronger =
        BaselineOverride.builder()
            .code("LATEX_ALLERGY")
            .severity(FindingSeverity.ABSOLUTE)
            .basis(Basis.of("004", "All allergic reactions."))
            .build();
    ScreeningResult result =
        screenWithBaseline(
            request(knownHealthy().allergies(List.of(Allergy.LATEX)).build()),
            Fixtures.protocolWith(stronger));
    String baselineMessage =
        BaselineRules.standard().rules().stream()
            .filter(r -> r.code().equals("LATEX_ALLERGY"))
            .findFirst()
            .orElseThrow()
            .message();
    assertThat(finding(result, "LATEX_ALLERGY").message()).isEqualTo(baselineMessage);
  }

  @Test
  void protocolOverrideWithoutSeverityDropsTheRule() {
    BaselineOverride drop =
        BaselineOverride.builder().code("LATEX_ALLERGY").basis(Basis.of("004", "cited reason")).build();
    ScreeningResult result =
        screenWithBaseline(
            request(knownHealthy().allergies(List.of(Allergy.LATEX)).build()), Fixtures.protocolWith(drop));
    assertThat(codes(result)).doesNotContain("LATEX_ALLERGY");
  }

  @Test
  void datesNeverAppearInTexts() {
    ScreeningResult result =
        screenWithBaseline(
            request(
                knownHealthy()
                    .pregnancy(PregnancyStatus.BREASTFEEDING)
                    .birthDate(LocalDate.of(2012, 3, 4))
                    .medications(List.of(Medication.until(MedicationKind.ANTICOAGULANT, LocalDate.of(2027, 2, 1))))
                    .build()));
    assertThat(Fixtures.texts(result))
        .allSatisfy(t -> assertThat(t).doesNotContain("2027").doesNotContain("2012").doesNotContain("14"));
  }
}
