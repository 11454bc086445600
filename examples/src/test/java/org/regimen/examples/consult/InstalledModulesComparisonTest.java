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
}
