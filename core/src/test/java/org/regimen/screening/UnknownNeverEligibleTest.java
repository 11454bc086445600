package org.regimen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.screening.Fixtures.finding;
import static org.regimen.screening.Fixtures.knownHealthy;
import static org.regimen.screening.Fixtures.request;
import static org.regimen.screening.Fixtures.screenWithBaseline;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.request.ImmutablePatientProfile;
import org.regimen.request.PregnancyStatus;

/** docs/design.md: "Unknown is never 'no'": each unknown attribute gives one finding naming what to confirm. */
class UnknownNeverEligibleTest {

  /**
   * design.md: "Where the rule would rule the treatment out or defer it (ABSOLUTE, TEMPORARY:
   * pregnancy, age, systemic disease), the unknown is a gate, not a footnote: at least
   * REQUIRES_CLEARANCE". Every baseline rule that needs these inputs is ABSOLUTE, TEMPORARY or
   * RELATIVE, except the area findings, which only remove an area (a precaution for the status).
   */
  private static void assertUnconfirmed(UnaryOperator<ImmutablePatientProfile.Builder> forget, String code) {
    ScreeningResult result = screenWithBaseline(request(forget.apply(knownHealthy()).build()));
    Finding f = finding(result, code);
    FindingSeverity expected =
        code.equals("UNCONFIRMED_AREA_FINDINGS") ? FindingSeverity.PRECAUTION : FindingSeverity.RELATIVE;
    assertThat(f.severity()).isEqualTo(expected);
    if (expected == FindingSeverity.RELATIVE) {
      assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
    }
    assertThat(f.action()).isNotBlank();
    assertThat(result.eligibility().status()).isNotEqualTo(EligibilityStatus.ELIGIBLE);
    assertThat(result.eligibility().findings().stream().filter(x -> x.code().equals(code))).hasSize(1);
  }

  @Test
  void pregnancyStatusAbsent() {
    assertUnconfirmed(b -> b.pregnancy(Optional.empty()), "UNCONFIRMED_PREGNANCY_STATUS");
  }

  @Test
  void pregnancyStatusUnknown() {
    assertUnconfirmed(b -> b.pregnancy(PregnancyStatus.UNKNOWN), "UNCONFIRMED_PREGNANCY_STATUS");
  }

  @Test
  void conditionsAbsent() {
    assertUnconfirmed(b -> b.conditions(Optional.empty()), "UNCONFIRMED_CONDITIONS");
  }

  @Test
  void medicationsAbsent() {
    assertUnconfirmed(b -> b.medications(Optional.empty()), "UNCONFIRMED_MEDICATIONS");
  }

  @Test
  void allergiesAbsent() {
    assertUnconfirmed(b -> b.allergies(Optional.empty()), "UNCONFIRMED_ALLERGIES");
  }

  @Test
  void areaFindingsAbsent() {
    assertUnconfirmed(b -> b.areaFindings(Optional.empty()), "UNCONFIRMED_AREA_FINDINGS");
  }

  @Test
  void birthDateAbsent() {
    assertUnconfirmed(b -> b.birthDate(Optional.empty()), "UNCONFIRMED_AGE");
  }

  @Test
  void proceduresAbsent() {
    assertUnconfirmed(b -> b.procedures(Optional.empty()), "UNCONFIRMED_PROCEDURES");
  }

  @Test
  void reproductiveFactsAbsent() {
    assertUnconfirmed(b -> b.reproductive(Optional.empty()), "UNCONFIRMED_REPRODUCTIVE");
  }

  @Test
  void unknownsDoNotHideAKnownReason() {
    ScreeningResult result =
        screenWithBaseline(request(knownHealthy().pregnancy(PregnancyStatus.PREGNANT).medications(Optional.empty()).build()));
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(Fixtures.codes(result)).contains("PREGNANCY", "UNCONFIRMED_MEDICATIONS");
  }
}
