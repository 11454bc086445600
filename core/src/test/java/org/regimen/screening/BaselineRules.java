package org.regimen.screening;

import static org.regimen.plan.FindingSeverity.ABSOLUTE;
import static org.regimen.plan.FindingSeverity.RELATIVE;
import static org.regimen.plan.FindingSeverity.TEMPORARY;

import org.regimen.protocol.Basis;
import org.regimen.protocol.RuleKind;
import org.regimen.protocol.RuleSet;
import org.regimen.protocol.ScreeningRule;
import org.regimen.protocol.Source;
import org.regimen.request.Allergy;
import org.regimen.request.AreaCondition;
import org.regimen.request.Condition;
import org.regimen.request.MedicationKind;
import org.regimen.request.PregnancyStatus;

/**
 * The baseline of {@code baseline.json}, built in Java so the engine tests do not depend on the JSON
 * file or its loader. Keep the two in step: same codes, severities, parameters and quotes.
 */
final class BaselineRules {
  static final String FILE_000 = "000_cee33dee1438d68f.txt";
  static final String FILE_002 = "002_143d3d91613fde99.txt";
  static final String FILE_003 = "003_e0ba78e739644709.txt";
  static final String NCT =
      "ClinicalTrials.gov NCT03807986, exclusion criteria (pregnancy, breastfeeding, anticoagulants, platelet disorders, active infection)";

  private BaselineRules() {}

  static RuleSet standard() {
    return RuleSet.builder()
        .addSources(
            Source.builder().id("000").file(FILE_000).build(),
            Source.builder().id("002").file(FILE_002).build(),
            Source.builder().id("003").file(FILE_003).build(),
            Source.builder().id("nct03807986").citation(NCT).build())
        .addRules(
            rule(RuleKind.PREGNANCY, "PREGNANCY", TEMPORARY, "003", "Are not pregnant or breastfeeding.")
                .addPregnancy(PregnancyStatus.PREGNANT)
                .build(),
            rule(RuleKind.PREGNANCY, "BREASTFEEDING", TEMPORARY, "003", "Are not pregnant or breastfeeding.")
                .addPregnancy(PregnancyStatus.BREASTFEEDING)
                .build(),
            rule(RuleKind.AREA_FINDING, "ACTIVE_INFECTION", TEMPORARY, "000",
                    "active skin infections in the treatment area")
                .addAreaFindings(AreaCondition.ACTIVE_INFECTION)
                .build(),
            rule(RuleKind.AREA_FINDING, "MAJOR_LESION", TEMPORARY, "002",
                    "does not present major skin lesions that could impede the effect")
                .addAreaFindings(AreaCondition.MAJOR_LESION)
                .build(),
            ScreeningRule.builder()
                .kind(RuleKind.MEDICATION)
                .code("ANTICOAGULANT_THERAPY")
                .severity(RELATIVE)
                .message("The patient takes a prescribed medicine that thins the blood; injections may bruise or bleed more.")
                .action("The prescriber decides how the medicine is managed around the sessions; the patient keeps taking it as prescribed.")
                .basis(Basis.of("nct03807986", "anticoagulants"))
                .addMedications(MedicationKind.ANTICOAGULANT, MedicationKind.ANTIPLATELET)
                .build(),
            rule(RuleKind.CONDITION, "BLEEDING_DISORDER", RELATIVE, "nct03807986", "platelet disorders")
                .addConditions(Condition.BLEEDING_DISORDER)
                .build(),
            rule(RuleKind.ALLERGY, "LOCAL_ANAESTHETIC_ALLERGY", RELATIVE, Basis.REGIMEN_DEFAULT,
                    "Every injection therapy here may use a topical or local anaesthetic; an allergy to it must be known and another agent chosen.")
                .addAllergies(Allergy.LOCAL_ANAESTHETIC)
                .build(),
            rule(RuleKind.ALLERGY, "ANTISEPTIC_ALLERGY", RELATIVE, Basis.REGIMEN_DEFAULT,
                    "Every injection into the skin starts by disinfecting it; an allergy to the antiseptic must be known and another agent chosen.")
                .addAllergies(Allergy.ANTISEPTIC)
                .build(),
            rule(RuleKind.ALLERGY, "LATEX_ALLERGY", RELATIVE, Basis.REGIMEN_DEFAULT,
                    "Gloves and equipment used for injections may contain latex; a latex allergy must be known and latex-free material used.")
                .addAllergies(Allergy.LATEX)
                .build(),
            rule(RuleKind.AGE, "UNDER_18", ABSOLUTE, Basis.REGIMEN_DEFAULT,
                    "The source documents address adults; elective aesthetic injections are not offered to patients under 18.")
                .minAgeYears(18)
                .build())
        .build();
  }

  private static org.regimen.protocol.ImmutableScreeningRule.Builder rule(
      RuleKind kind, String code, org.regimen.plan.FindingSeverity severity, String source, String words) {
    return ScreeningRule.builder()
        .kind(kind)
        .code(code)
        .severity(severity)
        .message("Baseline rule " + code + ".")
        .action("Handle " + code + " as the baseline says.")
        .basis(Basis.of(source, words));
  }
}
