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

/** docs/design.md: "Unknown is never 'no'": each unknown attribute gives a precaution naming what to confirm. */
class UnknownNeverEligibleTest {

  private static void assertUnconfirmed(UnaryOperator<ImmutablePatientProfile.Builder> forget, String code) {
    ScreeningResult result = screenWithBaseline(request(forget.apply(knownHealthy()).build()));
    Finding f = finding(result, code);
    assertThat(f.severity()).isEqualTo(FindingSeverity.PRECAUTION);
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
  void unknownsDoNotHideAKnownReason() {
    ScreeningResult result =
        screenWithBaseline(request(knownHealthy().pregnancy(PregnancyStatus.PREGNANT).medications(Optional.empty()).build()));
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(Fixtures.codes(result)).contains("PREGNANCY", "UNCONFIRMED_MEDICATIONS");
  }
}
