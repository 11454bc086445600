package org.regimen.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regimen.protocol.Fact;
import org.regimen.protocol.FactKind;
import org.regimen.protocol.ReproductiveState;
import org.regimen.request.Allergy;
import org.regimen.request.AreaCondition;
import org.regimen.request.AreaFinding;
import org.regimen.request.BodyArea;
import org.regimen.request.Condition;
import org.regimen.request.CyclePattern;
import org.regimen.request.Fitzpatrick;
import org.regimen.request.ImmutablePatientProfile;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.LabOutcome;
import org.regimen.request.LabResult;
import org.regimen.request.LabTest;
import org.regimen.request.Lifestyle;
import org.regimen.request.Medication;
import org.regimen.request.MedicationKind;
import org.regimen.request.MenstrualCycle;
import org.regimen.request.PatientProfile;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.PregnancyTest;
import org.regimen.request.Procedure;
import org.regimen.request.ProcedureKind;
import org.regimen.request.Reproductive;
import org.regimen.request.Sex;
import org.regimen.request.Skin;
import org.regimen.request.SkinType;
import org.regimen.request.TreatmentRequest;

/**
 * Puts one recorded {@link Fact} on a request's patient, and builds the patients the metamorphic
 * checks compare: the same request with nothing adverse recorded and everything known.
 *
 * @since 0.1.0
 */
public final class RecordedFacts {
  private RecordedFacts() {}

  /**
   * Facts that add something adverse to a patient whose lists are known: a condition, medication,
   * allergy, area finding, a positive or abnormal result, pregnancy or breastfeeding, smoking or a
   * solarium habit. Knowledge changes (a clean result, cycle data, a phototype) are not among them.
   *
   * @return the adverse facts, in the order of {@code FactKind.allFacts()}
   */
  public static List<Fact> adverse() {
    List<Fact> facts = new ArrayList<>();
    for (Fact fact : FactKind.allFacts()) {
      boolean adverse =
          switch (fact.kind()) {
            case CONDITION, MEDICATION, ALLERGY, AREA_FINDING, PROCEDURE, LIFESTYLE -> true;
            case LAB_RESULT -> isMeasured(fact) || isAdverse(outcome(fact));
            case PREGNANCY ->
                !fact.value().equals(PregnancyStatus.NONE.name())
                    && !fact.value().equals(PregnancyStatus.UNKNOWN.name());
            case MENSTRUATION, PHOTOTYPE, SKIN_TYPE -> false;
            case REPRODUCTIVE -> !fact.value().equals(ReproductiveState.PREGNANCY_TEST_NEGATIVE.name());
          };
      if (adverse) {
        facts.add(fact);
      }
    }
    return facts;
  }

  /**
   * Every fact that can be recorded on the clean patient of {@link #clean}: the adverse ones, a clean
   * result, cycle data, a phototype and a skin type. Pregnancy "none" and "unknown" are the clean
   * patient's own state or the absence of knowledge, not a fact to add.
   *
   * @return the recordable facts, in the order of {@code FactKind.allFacts()}
   */
  public static List<Fact> recordable() {
    List<Fact> facts = new ArrayList<>();
    for (Fact fact : FactKind.allFacts()) {
      boolean pregnancyState =
          fact.kind() == FactKind.PREGNANCY
              && (fact.value().equals(PregnancyStatus.NONE.name())
                  || fact.value().equals(PregnancyStatus.UNKNOWN.name()));
      if (!pregnancyState) {
        facts.add(fact);
      }
    }
    return facts;
  }

  /**
   * The request with everything the checks add known and nothing adverse: empty condition,
   * medication, allergy, area finding and procedure lists, no laboratory results, not pregnant, not
   * trying to conceive and no delivery recorded, a woman without cycle data, no phototype or skin
   * type recorded, neither smoking nor a solarium habit. The rest of the request (age, areas,
   * calendar) stays as generated.
   *
   * @param request a generated request
   * @return the request with its clean patient
   */
  public static TreatmentRequest clean(TreatmentRequest request) {
    PatientProfile patient =
        PatientProfile.builder()
            .from(request.patient())
            .sex(Sex.FEMALE)
            .pregnancy(PregnancyStatus.NONE)
            .conditions(List.of())
            .conditionDetails(List.of())
            .medications(List.of())
            .allergies(List.of())
            .areaFindings(List.of())
            .procedures(List.of())
            .labResults(List.of())
            .skin(Optional.empty())
            .menstruation(Optional.empty())
            .reproductive(Reproductive.builder().tryingToConceive(false).build())
            .lifestyle(Lifestyle.builder().smoker(false).frequentSolarium(false).build())
            .build();
    return ImmutableTreatmentRequest.copyOf(request).withPatient(patient);
  }

  /**
   * The request with every unknown list made known and empty, and an unknown pregnancy status, wish
   * to conceive or lifestyle made known and clean: adding to it changes one thing.
   *
   * @param request a generated request
   * @return the request with every list known
   */
  public static TreatmentRequest listsKnown(TreatmentRequest request) {
    PatientProfile p = request.patient();
    PatientProfile patient =
        PatientProfile.builder()
            .from(p)
            .conditions(p.conditions().orElse(List.of()))
            .medications(p.medications().orElse(List.of()))
            .allergies(p.allergies().orElse(List.of()))
            .areaFindings(p.areaFindings().orElse(List.of()))
            .procedures(p.procedures().orElse(List.of()))
            .reproductive(
                Reproductive.builder()
                    .from(p.reproductive().orElse(Reproductive.builder().build()))
                    .tryingToConceive(p.reproductive().flatMap(Reproductive::tryingToConceive).orElse(false))
                    .build())
            .pregnancy(p.pregnancy().filter(s -> s != PregnancyStatus.UNKNOWN).orElse(PregnancyStatus.NONE))
            .lifestyle(
                Lifestyle.builder()
                    .smoker(p.lifestyle().flatMap(Lifestyle::smoker).orElse(false))
                    .frequentSolarium(p.lifestyle().flatMap(Lifestyle::frequentSolarium).orElse(false))
                    .build())
            .build();
    return ImmutableTreatmentRequest.copyOf(request).withPatient(patient);
  }

  /**
   * The request with {@code fact} recorded: added to its list (area findings in the first requested
   * area), a result taken on {@code asOf}, a pregnancy status or lifestyle attribute set, cycle data,
   * a phototype or a skin type. Lists must be known (see {@link #listsKnown}).
   *
   * @param request a request whose lists are known
   * @param fact the fact to record
   * @return the request with {@code fact} recorded
   */
  public static TreatmentRequest with(TreatmentRequest request, Fact fact) {
    PatientProfile p = request.patient();
    ImmutablePatientProfile.Builder patient = PatientProfile.builder().from(p);
    switch (fact.kind()) {
      case CONDITION -> patient.conditions(plus(p.conditions(), Condition.valueOf(fact.value())));
      case MEDICATION -> patient.medications(plus(p.medications(), medication(request, fact)));
      case ALLERGY -> patient.allergies(plus(p.allergies(), Allergy.valueOf(fact.value())));
      case AREA_FINDING ->
          patient.areaFindings(plus(p.areaFindings(), areaFinding(request, fact)));
      case PROCEDURE ->
          patient.procedures(
              plus(
                  p.procedures(),
                  Procedure.of(ProcedureKind.valueOf(fact.value()), request.areas().get(0), request.asOf())));
      case LAB_RESULT -> patient.addLabResults(labResult(request, fact));
      case PREGNANCY -> patient.pregnancy(PregnancyStatus.valueOf(fact.value()));
      case MENSTRUATION -> patient.menstruation(menstruation(request, fact));
      case REPRODUCTIVE -> patient.reproductive(reproductiveWith(p, ReproductiveState.valueOf(fact.value()), request));
      case LIFESTYLE -> patient.lifestyle(lifestyleWith(p.lifestyle(), fact.value()));
      case PHOTOTYPE ->
          patient.skin(
              Skin.builder()
                  .from(p.skin().orElse(Skin.builder().build()))
                  .fitzpatrick(Fitzpatrick.valueOf(fact.value()))
                  .build());
      case SKIN_TYPE ->
          patient.skin(
              Skin.builder()
                  .from(p.skin().orElse(Skin.builder().build()))
                  .type(SkinType.valueOf(fact.value()))
                  .build());
    }
    return ImmutableTreatmentRequest.copyOf(request).withPatient(patient.build());
  }

  /** A result taken on the request's date: an adverse value for a measured test, else the fact's outcome. */
  private static LabResult labResult(TreatmentRequest request, Fact fact) {
    PatientProfile p = request.patient();
    return isMeasured(fact)
        ? LabResult.measured(test(fact), adverseValue(test(fact)), resultDate(p, test(fact), request))
        : LabResult.of(test(fact), outcome(fact), resultDate(p, test(fact), request));
  }

  /** "CYCLE": a regular cycle whose period began three days before asOf; else that cycle pattern. */
  private static MenstrualCycle menstruation(TreatmentRequest request, Fact fact) {
    return switch (fact.value()) {
      case "CYCLE" ->
          MenstrualCycle.builder()
              .lastStart(request.asOf().minusDays(3))
              .cycleDays(28)
              .periodDays(5)
              .build();
      default -> MenstrualCycle.builder().cycle(CyclePattern.valueOf(fact.value())).build();
    };
  }

  /** The fact's finding in the first requested area; a cold sore on the face, where it always is. */
  private static AreaFinding areaFinding(TreatmentRequest request, Fact fact) {
    AreaCondition finding = AreaCondition.valueOf(fact.value());
    return AreaFinding.of(finding == AreaCondition.COLD_SORE ? BodyArea.FACE : request.areas().get(0), finding);
  }

  /** An ongoing course of the fact's medicine; a local one given in the first requested area. */
  private static Medication medication(TreatmentRequest request, Fact fact) {
    MedicationKind kind = MedicationKind.valueOf(fact.value());
    return kind.isLocal() ? Medication.inArea(kind, request.areas().get(0)) : Medication.ongoing(kind);
  }

  /**
   * The day of the latest result of the test on file, so the added result joins it instead of
   * replacing it (only the latest day is read); {@code asOf} when there is none.
   */
  private static java.time.LocalDate resultDate(PatientProfile p, LabTest test, TreatmentRequest request) {
    return p.labResults().stream()
        .filter(l -> l.test() == test)
        .map(LabResult::date)
        .max(java.util.Comparator.naturalOrder())
        .orElse(request.asOf());
  }

  /** The patient's reproductive facts with {@code state} recorded as of {@code asOf}. */
  private static Reproductive reproductiveWith(
      PatientProfile p, ReproductiveState state, TreatmentRequest request) {
    var rep = Reproductive.builder().from(p.reproductive().orElse(Reproductive.builder().build()));
    java.time.LocalDate asOf = request.asOf();
    return switch (state) {
      case TRYING_TO_CONCEIVE -> rep.tryingToConceive(true).build();
      case POSTPARTUM -> rep.deliveredOn(asOf.minusDays(10)).build();
      case PREGNANCY_TEST_POSITIVE -> rep.pregnancyTest(PregnancyTest.of(LabOutcome.POSITIVE, asOf)).build();
      case PREGNANCY_TEST_INDETERMINATE ->
          rep.pregnancyTest(PregnancyTest.of(LabOutcome.INDETERMINATE, asOf)).build();
      case PREGNANCY_TEST_NEGATIVE -> rep.pregnancyTest(PregnancyTest.of(LabOutcome.NEGATIVE, asOf)).build();
    };
  }

  private static Lifestyle lifestyleWith(Optional<Lifestyle> lifestyle, String attribute) {
    Lifestyle current = lifestyle.orElse(Lifestyle.builder().build());
    return switch (attribute) {
      case "smoker" -> Lifestyle.builder().from(current).smoker(true).build();
      case "frequentSolarium" -> Lifestyle.builder().from(current).frequentSolarium(true).build();
      default -> throw new IllegalArgumentException("no way to record lifestyle attribute " + attribute
          + ": teach RecordedFacts.lifestyleWith about it");
    };
  }

  private static <T> List<T> plus(Optional<List<T>> list, T value) {
    List<T> values = new ArrayList<>(list.orElseThrow(() -> new IllegalStateException("list not known")));
    if (!values.contains(value)) {
      values.add(value);
    }
    return values;
  }

  static LabTest test(Fact fact) {
    return LabTest.valueOf(fact.value().substring(0, fact.value().indexOf(':')));
  }

  static LabOutcome outcome(Fact fact) {
    return LabOutcome.valueOf(fact.value().substring(fact.value().indexOf(':') + 1));
  }

  /** A measured test's fact ({@code PLATELET_COUNT:VALUE}): recorded as a value past the thresholds. */
  static boolean isMeasured(Fact fact) {
    return fact.value().endsWith(":" + FactKind.MEASURED_VALUE);
  }

  /**
   * A value past every threshold the therapies use (a platelet count of 60, a haemoglobin of 9, an
   * HbA1c of 9.5), so the added fact is adverse in each protocol.
   */
  static java.math.BigDecimal adverseValue(LabTest test) {
    return switch (test) {
      case PLATELET_COUNT -> java.math.BigDecimal.valueOf(60);
      case HAEMOGLOBIN -> new java.math.BigDecimal("9");
      case HBA1C -> new java.math.BigDecimal("9.5");
      default -> throw new IllegalArgumentException(test + " is not measured");
    };
  }

  private static boolean isAdverse(LabOutcome outcome) {
    return outcome == LabOutcome.POSITIVE || outcome == LabOutcome.ABNORMAL;
  }
}
