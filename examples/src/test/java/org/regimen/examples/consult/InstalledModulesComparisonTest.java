package org.regimen.examples.consult;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.json.RegimenJson;
import org.regimen.plan.Comparison;
import org.regimen.plan.ComparisonOption;
import org.regimen.request.Indication;
import org.regimen.request.TreatmentRequest;
import org.regimen.spi.TreatmentModule;

/**
 * A comparison over every module on the class path (PRP today; every therapy once merged): one
 * option per module treating the indication, and taking a module away removes its option only.
 */
class InstalledModulesComparisonTest {
  private static final TreatmentCatalog INSTALLED = TreatmentCatalog.load();

  @Test
  void everyInstalledModuleTreatingTheIndicationHasOneOption() {
    TreatmentRequest request = StretchMarksPatient.request();
    Comparison comparison = Regimen.of(INSTALLED).compare(request);

    List<String> treating = new ArrayList<>();
    for (TreatmentModule module : INSTALLED.modules()) {
      if (module.descriptor().indications().contains(Indication.STRETCH_MARKS)) {
        treating.add(module.descriptor().id());
      }
    }
    assertThat(comparison.options()).extracting(o -> o.treatment().id())
        .containsExactlyInAnyOrderElementsOf(treating);
    RegimenJson json = RegimenJson.create();
    assertThat(json.readComparison(json.writeComparison(comparison))).isEqualTo(comparison);
  }

  @Test
  void anAbsentModuleOnlyTakesItsOwnOptionAway() {
    TreatmentRequest request = StretchMarksPatient.request();
    Comparison full = Regimen.of(INSTALLED).compare(request);
    for (TreatmentModule absent : INSTALLED.modules()) {
      List<TreatmentModule> rest = new ArrayList<>(INSTALLED.modules());
      rest.remove(absent);
      Comparison without = Regimen.of(TreatmentCatalog.of(rest)).compare(request);
      String id = absent.descriptor().id();
      List<ComparisonOption> expected =
          full.options().stream().filter(o -> !o.treatment().id().equals(id)).toList();
      assertThat(without.options()).as("without %s", id).containsExactlyElementsOf(expected);
      assertThat(full.alternatives()).as("without %s", id).containsAll(without.alternatives());
    }
  }

  /**
   * Issue 14: stem cells were ranked lightest with "downtime 0" and a start that was the
   * consultation. Every session begins with a fat harvest whose swelling and bruising last up to a
   * week (001), so its downtime counts, its first session is session 1, and for the sample patient
   * PRP (2 sessions, a blood draw, 1 to 2 days of downtime) comes before stem cells (2 sessions, a
   * harvest, a week at the harvest site).
   */
  @Test
  void theHarvestSiteCountsAsDowntimeAndTheStartIsSessionOne() {
    TreatmentRequest request = StretchMarksPatient.request();
    Comparison comparison = Regimen.of(INSTALLED).compare(request);
    ComparisonOption stemcell = option(comparison, "stemcell");
    org.regimen.plan.TreatmentPlan plan =
        Regimen.of(INSTALLED).plan(RegimenJson.create().readRequest(
            RegimenJson.create().writeRequest(request).replaceFirst("\\{", "{\"treatment\": \"stemcell\",")));

    assertThat(stemcell.downtimeDays()).isGreaterThanOrEqualTo(7L * stemcell.sessionCount());
    assertThat(stemcell.firstSession()).contains(plan.sessions().get(0).date());
    assertThat(plan.visits()).allSatisfy(v -> assertThat(v.date()).isBefore(stemcell.firstSession().orElseThrow()));
    assertThat(stemcell.rankReasons()).contains("a tissue harvest at each session");
    List<String> order = comparison.options().stream().map(o -> o.treatment().id()).toList();
    assertThat(order.indexOf("prp")).isLessThan(order.indexOf("stemcell"));
    assertThat(comparison.options()).allSatisfy(o -> assertThat(o.rankReasons()).isNotEmpty());
  }

  private static ComparisonOption option(Comparison comparison, String id) {
    return comparison.options().stream().filter(o -> o.treatment().id().equals(id)).findFirst().orElseThrow();
  }
}
