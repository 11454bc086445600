package org.regimen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.regimen.screening.Fixtures.knownHealthy;
import static org.regimen.screening.Fixtures.protocol;
import static org.regimen.screening.Fixtures.request;
import static org.regimen.screening.Fixtures.rule;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.FindingSeverity;
import org.regimen.protocol.Basis;
import org.regimen.protocol.ReproductiveState;
import org.regimen.protocol.RuleKind;
import org.regimen.protocol.Sourced;
import org.regimen.protocol.ScreeningRule;
import org.regimen.request.Allergy;
import org.regimen.request.Condition;
import org.regimen.request.ImmutablePatientProfile;
import org.regimen.request.MedicationKind;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.ProcedureKind;

/**
 * design.md, "Unknown is never 'no'": whatever else is known, an unknown input to a rule that would
 * be ABSOLUTE or TEMPORARY never gives ELIGIBLE or ELIGIBLE_WITH_PRECAUTIONS, and where sessions may
 * be planned the status is one whose sessions are tentative (REQUIRES_CLEARANCE or DEFERRED).
 */
class UnknownGateProperties {
  /** A rule of each kind that needs a patient input, and how to forget that input. */
  private record Gated(RuleKind kind, java.util.function.UnaryOperator<ImmutablePatientProfile.Builder> forget) {}

  private static final List<Gated> GATED = List.of(
      new Gated(RuleKind.PREGNANCY, b -> b.pregnancy(PregnancyStatus.UNKNOWN)),
      new Gated(RuleKind.CONDITION, b -> b.conditions(Optional.empty())),
      new Gated(RuleKind.MEDICATION, b -> b.medications(Optional.empty())),
      new Gated(RuleKind.ALLERGY, b -> b.allergies(Optional.empty())),
      new Gated(RuleKind.AGE, b -> b.birthDate(Optional.empty())),
      new Gated(RuleKind.PROCEDURE, b -> b.procedures(Optional.empty())),
      new Gated(RuleKind.REPRODUCTIVE, b -> b.reproductive(Optional.empty())));

  private static ScreeningRule ruleOf(RuleKind kind, FindingSeverity severity, int pick) {
    var b = rule(kind, "GATE_" + kind.name(), severity);
    return switch (kind) {
      case PREGNANCY -> b.addPregnancy(PregnancyStatus.PREGNANT).build();
      case CONDITION -> b.addConditions(Condition.values()[pick % Condition.values().length]).build();
      case MEDICATION -> b.addMedications(MedicationKind.values()[pick % MedicationKind.values().length]).build();
      case ALLERGY -> b.addAllergies(Allergy.values()[pick % Allergy.values().length]).build();
      case AGE -> b.minAgeYears(18).build();
      // A wait (or the whole patient): a rule that defers, not one that only leaves an area out.
      case PROCEDURE -> pick % 2 == 0
          ? b.addProcedures(ProcedureKind.values()[pick % ProcedureKind.values().length])
              .waitAfterDays(Sourced.of(14 + pick, Basis.of(Basis.REGIMEN_DEFAULT, "a wait"))).build()
          : b.addProcedures(ProcedureKind.values()[pick % ProcedureKind.values().length]).wholePatient(true).build();
      case REPRODUCTIVE -> pick % 2 == 0
          ? b.addReproductive(ReproductiveState.TRYING_TO_CONCEIVE).build()
          : b.addReproductive(ReproductiveState.POSTPARTUM)
              .postpartumDays(Sourced.of(42, Basis.of(Basis.REGIMEN_DEFAULT, "six weeks"))).build();
      default -> throw new IllegalArgumentException(kind.name());
    };
  }

  @Test
  void anUnknownInputToARuleThatWouldRuleOutOrDeferAlwaysGates() {
    Gen<Integer> which = Generate.range(0, GATED.size() - 1);
    Gen<FindingSeverity> severity = Generate.pick(List.of(FindingSeverity.ABSOLUTE, FindingSeverity.TEMPORARY));
    Gen<Integer> pick = Generate.range(0, 50);
    Gen<Integer> alsoForget = Generate.range(0, (1 << GATED.size()) - 1);
    qt().withExamples(400)
        .forAll(which, severity, pick, alsoForget)
        .checkAssert((w, s, p, mask) -> {
          Gated gated = GATED.get(w);
          ImmutablePatientProfile.Builder patient = gated.forget().apply(knownHealthy());
          for (int i = 0; i < GATED.size(); i++) {
            if ((mask & (1 << i)) != 0) {
              GATED.get(i).forget().apply(patient);
            }
          }
          ScreeningResult result =
              Fixtures.screen(request(patient.build()), protocol(ruleOf(gated.kind(), s, p)));
          EligibilityStatus status = result.eligibility().status();
          assertThat(status).isNotIn(EligibilityStatus.ELIGIBLE, EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
          if (result.sessionsAllowed()) {
            assertThat(status).isIn(EligibilityStatus.REQUIRES_CLEARANCE, EligibilityStatus.DEFERRED);
          }
        });
  }
}
