package org.regimen.consult;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.json.RegimenJson;
import org.regimen.plan.TreatmentPlan;
import org.regimen.plan.TreatmentRef;
import org.regimen.protocol.Baseline;
import org.regimen.spi.TreatmentModule;

/** Every plan names the library and the content that made it: the protocol and baseline digests. */
class PlanVersionsTest {
  private final TreatmentModule weekly = ConsultFixtures.weekly();
  private final TreatmentModule monthly = ConsultFixtures.monthly();
  private final Regimen regimen = ConsultFixtures.regimen(weekly, monthly);

  @Test
  void aPlanNamesTheLibraryAndTheProtocolAndBaselineAsLoaded() {
    TreatmentPlan plan = regimen.plan(ConsultFixtures.request(r -> r.put("treatment", "weekly")));

    assertThat(plan.library()).isEqualTo(Regimen.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(plan.treatment()).get().satisfies(ref -> {
      assertThat(ref.protocolVersion()).isEqualTo(weekly.protocol().version());
      assertThat(ref.protocolDigest()).isEqualTo(weekly.protocol().digest()).matches("[0-9a-f]{64}");
      assertThat(ref.baselineDigest()).isEqualTo(Baseline.standard().digest()).matches("[0-9a-f]{64}");
    });
  }

  @Test
  void eachTreatmentOfACombinedPlanCarriesItsOwnDigest() {
    TreatmentPlan plan = regimen.plan(ConsultFixtures.combined("weekly", "monthly"));

    assertThat(plan.treatments())
        .extracting(TreatmentRef::id, TreatmentRef::protocolDigest)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("weekly", weekly.protocol().digest()),
            org.assertj.core.groups.Tuple.tuple("monthly", monthly.protocol().digest()));
    assertThat(weekly.protocol().digest()).isNotEqualTo(monthly.protocol().digest());
  }

  @Test
  void theVersionsSurviveTheJsonRoundTrip() {
    RegimenJson json = RegimenJson.create();
    TreatmentPlan plan = regimen.plan(ConsultFixtures.request(r -> r.put("treatment", "weekly")));
    String text = json.writePlan(plan);

    assertThat(text)
        .contains("\"library\":\"" + Regimen.version() + "\"")
        .contains("\"protocolDigest\":\"" + weekly.protocol().digest() + "\"")
        .contains("\"baselineDigest\":\"" + Baseline.standard().digest() + "\"");
    assertThat(json.readPlan(text)).isEqualTo(plan);
  }
}
