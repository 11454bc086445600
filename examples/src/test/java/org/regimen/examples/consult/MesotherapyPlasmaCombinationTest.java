package org.regimen.examples.consult;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.handout.Handout;
import org.regimen.plan.AdjustmentReason;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.BodyArea;
import org.regimen.request.Indication;
import org.regimen.spi.ModuleDescriptor;
import org.regimen.testing.CombinationChecks;

/**
 * Mesotherapy and plasma therapy planned together (issue 6): plasma follows the mesotherapy course
 * (seed 004's sequencing), no procedure in plasma's first week, no two procedures on one day. Runs
 * once both modules are on this module's class path (add them as runtime dependencies at merge);
 * skipped until then.
 */
class MesotherapyPlasmaCombinationTest {
  @Test
  void plasmaFollowsTheMesotherapyCourseWithNoConflictingDays() {
    Regimen regimen = Regimen.load();
    Assumptions.assumeTrue(
        regimen.catalog().module("mesotherapy").isPresent() && regimen.catalog().module("plasma").isPresent(),
        "the mesotherapy and plasma modules are not installed yet");
    ModuleDescriptor meso = regimen.catalog().module("mesotherapy").get().descriptor();
    ModuleDescriptor plasma = regimen.catalog().module("plasma").get().descriptor();
    Set<Indication> indications = EnumSet.copyOf(meso.indications());
    indications.retainAll(plasma.indications());
    Set<BodyArea> areas = EnumSet.copyOf(meso.areas());
    areas.retainAll(plasma.areas());
    assertThat(indications).as("an indication both modules treat").isNotEmpty();
    assertThat(areas).as("an area both modules treat").isNotEmpty();

    TreatmentPlan plan =
        CombinationChecks.check(
            regimen,
            StretchMarksPatient.combination(
                List.of("plasma", "mesotherapy"), indications.iterator().next(), areas.iterator().next()));

    assertThat(plan.sessions()).isNotEmpty();
    assertThat(plan.sessions().get(0).treatment()).hasValue("mesotherapy");
    assertThat(plan.adjustments())
        .anySatisfy(a -> assertThat(a.reason()).isEqualTo(AdjustmentReason.SEQUENCING));
    // Their instructions were written apart: where they meet, the plan states only the one that
    // satisfies both (CombinationChecks: no contradicting pair on one day), and the handout says so.
    assertThat(Handout.markdown(plan, java.util.Optional.empty())).contains("only the one that satisfies both");
  }

  /** The breast is mesotherapy's to leave out, not plasma's: the handout says which treatment. */
  @Test
  void theHandoutNamesTheTreatmentThatLeavesAnAreaOut() {
    Regimen regimen = Regimen.load();
    TreatmentPlan plan =
        CombinationChecks.check(
            regimen,
            StretchMarksPatient.combination(
                List.of("mesotherapy", "plasma"), Indication.STRETCH_MARKS, BodyArea.ABDOMEN, BodyArea.BREASTS));
    assertThat(plan.eligibility().excludedAreas())
        .singleElement()
        .satisfies(e -> assertThat(e.treatment()).hasValue("mesotherapy"));
    assertThat(plan.sessions())
        .filteredOn(s -> s.treatment().equals(java.util.Optional.of("plasma")))
        .allSatisfy(s -> assertThat(s.areas()).contains(BodyArea.BREASTS));
    assertThat(Handout.markdown(plan, java.util.Optional.empty()))
        .contains("These areas will not be treated with Mesotherapy micro-injections: breasts.");
  }
}
