package org.regimen.treatment.plasma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.treatment.plasma.PlasmaRequest.AS_OF;
import static org.regimen.treatment.plasma.PlasmaRequest.codes;
import static org.regimen.treatment.plasma.PlasmaRequest.finding;
import static org.regimen.treatment.plasma.PlasmaRequest.healthy;

import org.junit.jupiter.api.Test;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.TreatmentPlan;

/** Issue 12: procedures, skin findings and measured blood values of an intake, as plasma therapy judges them. */
class PlasmaIntakeProceduresSkinLabsTest {
  private static final String BLOOD =
      "[" + PlasmaRequest.lab("HIV", "NEGATIVE", PlasmaRequest.RECENT) + ", "
          + PlasmaRequest.lab("HEPATITIS", "NEGATIVE", PlasmaRequest.RECENT) + ", "
          + PlasmaRequest.lab("SYPHILIS", "NEGATIVE", PlasmaRequest.RECENT) + ", "
          + PlasmaRequest.lab("BLOOD_COUNT", "NORMAL", PlasmaRequest.RECENT) + ", "
          + PlasmaRequest.lab("BLOOD_BIOCHEMISTRY", "NORMAL", PlasmaRequest.RECENT);

  private static TreatmentPlan procedure(String kind, int daysAgo) {
    return healthy().patient("procedures",
        "[{\"kind\": \"" + kind + "\", \"area\": \"FACE\", \"date\": \"" + AS_OF.minusDays(daysAgo) + "\"}]").plan();
  }

  private static TreatmentPlan measured(String test, String value, String unit) {
    return healthy().patient("labResults", BLOOD + ", {\"test\": \"" + test + "\", \"value\": " + value
        + ", \"unit\": \"" + unit + "\", \"date\": \"" + PlasmaRequest.RECENT + "\"}]").plan();
  }

  // 004: "The technology can also be used to speed up the rehabilitation time after mesotherapy,
  // laser dermabrasion, RF lifting." and "If the patient has undergone mesothread rejuvenation, plasma
  // therapy can shorten rehabilitation time.": no wait, a check that the skin has closed.
  @Test
  void aRecentLaserRadiofrequencyOrThreadLiftIsAPrecaution_004() {
    for (String kind : new String[] {"LASER", "RADIOFREQUENCY", "THREAD_LIFT"}) {
      TreatmentPlan plan = procedure(kind, 5);
      Finding f = finding(plan, "RECENT_RESURFACING_WITH_PLASMA");
      assertThat(f.severity()).as(kind).isEqualTo(FindingSeverity.PRECAUTION);
      assertThat(f.source()).as(kind).startsWith("004");
      assertThat(codes(plan)).as(kind).doesNotContain("RECENT_LASER_OR_RADIOFREQUENCY", "RECENT_THREAD_LIFT");
      assertThat(plan.sessions()).as(kind).isNotEmpty();
      assertThat(plan.sessions().get(0).areas()).as(kind).contains(org.regimen.request.BodyArea.FACE);
    }
  }

  // regimen-default (004 does not name peels or microneedling): the skin recovers first.
  @Test
  void aRecentPeelDefersTheCourse() {
    TreatmentPlan plan = procedure("CHEMICAL_PEEL", 5);
    Finding f = finding(plan, "RECENT_PEEL_OR_MICRONEEDLING");
    assertThat(f.severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(plan.sessions().get(0).date()).isAfter(AS_OF.minusDays(5).plusDays(28));
  }

  // 004: "Eliminate a variety of rashes, acne.": active acne is something plasma treats.
  @Test
  void activeAcneStaysInThePlan_004() {
    TreatmentPlan plan = healthy().patient("areaFindings", "[{\"area\": \"FACE\", \"finding\": \"ACTIVE_ACNE\"}]").plan();
    assertThat(codes(plan)).contains("ACTIVE_ACNE_WITH_PLASMA").doesNotContain("ACTIVE_ACNE");
    assertThat(finding(plan, "ACTIVE_ACNE_WITH_PLASMA").severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(plan.sessions()).isNotEmpty();
  }

  // 004: "Other types of infections.": a cold sore defers plasma whichever area is treated.
  @Test
  void aColdSoreDefers_004() {
    TreatmentPlan plan = healthy().patient("areaFindings", "[{\"area\": \"FACE\", \"finding\": \"COLD_SORE\"}]").plan();
    assertThat(finding(plan, "INFECTION_IN_AN_AREA").severity()).isEqualTo(FindingSeverity.TEMPORARY);
    assertThat(codes(plan)).doesNotContain("COLD_SORE", "COLD_SORE_AWAY_FROM_TREATMENT");
    assertThat(plan.sessions()).isEmpty();
  }

  // 004: "Blood disorders." (a low platelet count, anaemia) and "The presence of sugar in the blood."
  @Test
  void lowPlateletsLowHaemoglobinHighHbA1cRuleItOut_004() {
    for (TreatmentPlan plan : new TreatmentPlan[] {
        measured("PLATELET_COUNT", "120", "10^9/L"), measured("HAEMOGLOBIN", "10.5", "g/dL"),
        measured("HBA1C", "7.4", "%")}) {
      assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.INELIGIBLE);
      assertThat(plan.eligibility().findings()).anySatisfy(f -> {
        assertThat(f.severity()).isEqualTo(FindingSeverity.ABSOLUTE);
        assertThat(f.source()).startsWith("004");
      });
    }
    assertThat(measured("PLATELET_COUNT", "240", "10^9/L").eligibility().status())
        .isNotEqualTo(EligibilityStatus.INELIGIBLE);
  }
}
