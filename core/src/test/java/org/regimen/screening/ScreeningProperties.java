package org.regimen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.RuleKind;
import org.regimen.request.AreaCondition;
import org.regimen.request.AreaFinding;
import org.regimen.request.BodyArea;
import org.regimen.request.Condition;
import org.regimen.request.ImmutablePatientProfile;
import org.regimen.request.Medication;
import org.regimen.request.MedicationKind;
import org.regimen.request.PatientProfile;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.TreatmentRequest;

/** Invariants of screening over generated patients, with the baseline and a menstruation rule. */
class ScreeningProperties {
  private static final Protocol AVOIDS_MENSTRUATION =
      Fixtures.protocol(Fixtures.rule(RuleKind.MENSTRUATION, "MENSTRUATION", FindingSeverity.TEMPORARY).build());
  private static final Finding MODULE_ABSOLUTE =
      Finding.builder().code("MODULE_REASON").severity(FindingSeverity.ABSOLUTE).message("m").action("a")
          .source("regimen-default").sourceWords("w").build();

  // Bits of the generated mask: which attributes are known, and which reasons are present.
  private static final int BIRTH_DATE = 0, PREGNANCY = 1, CONDITIONS = 2, MEDICATIONS = 3, ALLERGIES = 4,
      AREA_FINDINGS = 5, CYCLE = 6, BLEEDING = 7, ANTICOAGULANT = 8, INFECTION = 9, MODULE = 10;
  private static final int NEEDED_UNKNOWN_MASK = 0b111_1111;

  private static boolean bit(int mask, int bit) {
    return (mask & (1 << bit)) != 0;
  }

  private static PatientProfile patient(int mask, PregnancyStatus pregnancy, int ageDays) {
    ImmutablePatientProfile.Builder b = Fixtures.knownHealthy();
    b.birthDate(bit(mask, BIRTH_DATE) ? Optional.of(Fixtures.AS_OF.minusDays(ageDays)) : Optional.empty());
    b.pregnancy(bit(mask, PREGNANCY) ? Optional.of(pregnancy) : Optional.empty());
    b.conditions(bit(mask, CONDITIONS)
        ? Optional.of(bit(mask, BLEEDING) ? List.of(Condition.BLEEDING_DISORDER) : List.of()) : Optional.empty());
    b.medications(bit(mask, MEDICATIONS)
        ? Optional.of(bit(mask, ANTICOAGULANT) ? List.of(Medication.ongoing(MedicationKind.ANTICOAGULANT)) : List.of())
        : Optional.empty());
    if (!bit(mask, ALLERGIES)) {
      b.allergies(Optional.empty());
    }
    b.areaFindings(bit(mask, AREA_FINDINGS)
        ? Optional.of(bit(mask, INFECTION) ? List.of(AreaFinding.of(BodyArea.ABDOMEN, AreaCondition.ACTIVE_INFECTION)) : List.of())
        : Optional.empty());
    if (!bit(mask, CYCLE)) {
      b.menstruation(Optional.empty());
    }
    return b.build();
  }

  private static ScreeningResult screen(int mask, PregnancyStatus pregnancy, int ageDays) {
    TreatmentRequest request = Fixtures.request(patient(mask, pregnancy, ageDays), BodyArea.ABDOMEN, BodyArea.THIGHS);
    List<Finding> module = bit(mask, MODULE) ? List.of(MODULE_ABSOLUTE) : List.of();
    return Fixtures.ENGINE.screen(request, AVOIDS_MENSTRUATION, null, BaselineRules.standard(), module);
  }

  @Test
  void neverEligibleWhenANeededAttributeIsUnknown() {
    qt().forAll(integers().between(0, (1 << 11) - 1), arbitrary().enumValues(PregnancyStatus.class),
            integers().between(0, 80 * 366))
        .checkAssert((mask, pregnancy, ageDays) -> {
          boolean unknown = (mask & NEEDED_UNKNOWN_MASK) != NEEDED_UNKNOWN_MASK
              || pregnancy == PregnancyStatus.UNKNOWN;
          ScreeningResult result = screen(mask, pregnancy, ageDays);
          if (unknown) {
            assertThat(result.eligibility().status()).isNotEqualTo(EligibilityStatus.ELIGIBLE);
          }
        });
  }

  @Test
  void wholePatientAbsoluteIsIneligibleWithNoSessions() {
    qt().forAll(integers().between(0, (1 << 11) - 1), arbitrary().enumValues(PregnancyStatus.class),
            integers().between(0, 80 * 366))
        .checkAssert((mask, pregnancy, ageDays) -> {
          ScreeningResult result = screen(mask, pregnancy, ageDays);
          boolean absolute = result.eligibility().findings().stream()
              .anyMatch(f -> f.area().isEmpty() && f.severity() == FindingSeverity.ABSOLUTE);
          if (absolute) {
            assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.INELIGIBLE);
            assertThat(result.sessionsAllowed()).isFalse();
            assertThat(result.eligibility().earliestStart()).isEmpty();
          }
          if (bit(mask, MODULE)) {
            assertThat(absolute).isTrue();
          }
        });
  }

  @Test
  void sameRequestSameResult_textsFreeOfPatientValues_excludedAreasNeverRemain() {
    qt().forAll(integers().between(0, (1 << 11) - 1), arbitrary().enumValues(PregnancyStatus.class),
            integers().between(0, 80 * 366))
        .checkAssert((mask, pregnancy, ageDays) -> {
          ScreeningResult result = screen(mask, pregnancy, ageDays);
          assertThat(screen(mask, pregnancy, ageDays)).isEqualTo(result);
          String birthYear = String.valueOf(Fixtures.AS_OF.minusDays(ageDays).getYear());
          List<String> texts = new ArrayList<>(Fixtures.texts(result));
          assertThat(texts).noneMatch(t -> t.contains(birthYear) || t.toLowerCase().contains("stop"));
          result.eligibility().excludedAreas()
              .forEach(e -> assertThat(result.remainingAreas()).doesNotContain(e.area()));
          if (result.eligibility().status() == EligibilityStatus.DEFERRED && result.sessionsAllowed()) {
            assertThat(result.eligibility().earliestStart()).isPresent();
          }
        });
  }
}
