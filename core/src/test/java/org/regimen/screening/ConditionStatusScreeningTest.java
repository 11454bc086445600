package org.regimen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.screening.Fixtures.codes;
import static org.regimen.screening.Fixtures.finding;
import static org.regimen.screening.Fixtures.knownHealthy;
import static org.regimen.screening.Fixtures.request;
import static org.regimen.screening.Fixtures.screenWithBaseline;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.FindingSeverity;
import org.regimen.request.BodyArea;
import org.regimen.request.Condition;
import org.regimen.request.ConditionDetail;
import org.regimen.request.ConditionStatus;

/**
 * Issue 12: a condition's status (contract.md, "Additions"), judged by the baseline every therapy
 * gets. A status not recorded is judged as ACTIVE, never as the mildest.
 */
class ConditionStatusScreeningTest {

  private static ScreeningResult screen(Condition condition, ConditionStatus status, BodyArea... areas) {
    return screenWithBaseline(
        request(
            knownHealthy()
                .conditions(List.of(condition))
                .conditionDetails(
                    status == null ? List.of() : List.of(ConditionDetail.of(condition, status)))
                .build(),
            areas));
  }

  // Creadore et al. 2020 (J Am Acad Dermatol): procedures in lupus or scleroderma when the disease
  // is stable and inactive, with the treating physician.
  @Test
  void lupus_activeOrUnknownNeedsClearance_quietIsAPrecaution_creadore2020() {
    assertThat(finding(screen(Condition.LUPUS, ConditionStatus.ACTIVE), "CONNECTIVE_TISSUE_DISEASE_ACTIVE").severity())
        .isEqualTo(FindingSeverity.RELATIVE);
    ScreeningResult unknown = screen(Condition.LUPUS, null);
    assertThat(finding(unknown, "CONNECTIVE_TISSUE_DISEASE_ACTIVE").message())
        .endsWith(PatientRules.STATUS_NOT_RECORDED);
    assertThat(unknown.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
    for (ConditionStatus quiet : List.of(ConditionStatus.CONTROLLED, ConditionStatus.IN_REMISSION)) {
      ScreeningResult result = screen(Condition.SCLERODERMA, quiet);
      assertThat(codes(result)).containsExactly("CONNECTIVE_TISSUE_DISEASE_QUIET");
      assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
    }
  }

  // Sagi & Trau 2011 (Clin Dermatol): the Koebner phenomenon in psoriasis and vitiligo.
  @Test
  void psoriasisAndVitiligo_koebner_sagi2011() {
    assertThat(finding(screen(Condition.PSORIASIS, null), "KOEBNER_SKIN_DISEASE_ACTIVE").severity())
        .isEqualTo(FindingSeverity.RELATIVE);
    assertThat(finding(screen(Condition.VITILIGO, ConditionStatus.CONTROLLED), "KOEBNER_SKIN_DISEASE_QUIET").severity())
        .isEqualTo(FindingSeverity.PRECAUTION);
  }

  /** A resolved condition is history: nothing, unless a rule names RESOLVED (a past cancer). */
  @Test
  void resolvedIsHistory_exceptWhereARuleNamesIt() {
    assertThat(codes(screen(Condition.INFECTION, ConditionStatus.RESOLVED))).isEmpty();
    assertThat(codes(screen(Condition.LUPUS, ConditionStatus.RESOLVED))).isEmpty();
    ScreeningResult pastCancer = screen(Condition.CANCER, ConditionStatus.RESOLVED);
    assertThat(codes(pastCancer)).containsExactly("CANCER_HISTORY");
    assertThat(pastCancer.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
    // In person only: a cancer finding never has a patient text.
    assertThat(finding(pastCancer, "CANCER_HISTORY").patientMessage()).isEmpty();
    for (ConditionStatus current : List.of(ConditionStatus.ACTIVE, ConditionStatus.IN_REMISSION)) {
      assertThat(codes(screen(Condition.CANCER, current))).containsExactly("CANCER");
    }
    assertThat(codes(screen(Condition.CANCER, null))).containsExactly("CANCER");
  }

  // Ogawa 2017 (Int J Mol Sci): keloids after minor injuries such as injections.
  @Test
  void keloidTendency_needsClearance_ogawa2017() {
    ScreeningResult result = screen(Condition.KELOID_TENDENCY, null);
    assertThat(finding(result, "KELOID_TENDENCY").severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(finding(result, "KELOID_TENDENCY").patientMessage()).isPresent();
  }

  // De Boulle & Heydenrych 2015: antiviral prophylaxis before perioral injections.
  @Test
  void recurrentHerpes_practitionerConsidersProphylaxis_deboulle2015() {
    ScreeningResult result = screen(Condition.HERPES_SIMPLEX_RECURRENT, null, BodyArea.FACE);
    assertThat(finding(result, "HERPES_SIMPLEX_RECURRENT").severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(finding(result, "HERPES_SIMPLEX_RECURRENT").action()).contains("antiviral prophylaxis");
  }

  // WHO 2010, guidelines on drawing blood: a patient who fainted before lies down.
  @Test
  void faintingAtBloodDraw_isAPrecaution_who2010() {
    ScreeningResult result = screen(Condition.FAINTING_AT_BLOOD_DRAW, null);
    assertThat(finding(result, "FAINTING_AT_BLOOD_DRAW").severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(finding(result, "FAINTING_AT_BLOOD_DRAW").patientMessage().orElseThrow()).contains("lie down");
  }

  // Gauer & Braun 2012; WHO 2011: thrombocytopenia and anaemia by their published thresholds.
  @Test
  void thrombocytopeniaAndAnaemia_needAPhysician() {
    assertThat(finding(screen(Condition.THROMBOCYTOPENIA, null), "THROMBOCYTOPENIA").severity())
        .isEqualTo(FindingSeverity.RELATIVE);
    assertThat(finding(screen(Condition.ANAEMIA, ConditionStatus.CONTROLLED), "ANAEMIA").severity())
        .isEqualTo(FindingSeverity.RELATIVE);
  }
}
