package org.regimen.validation;

import java.time.LocalDate;
import java.util.List;
import org.regimen.dates.DateWindow;
import org.regimen.error.Problem;
import org.regimen.request.Medication;
import org.regimen.request.MedicationKind;
import org.regimen.request.PatientProfile;
import org.regimen.request.Procedure;

/**
 * Combinations of a clinic's intake that cannot hold (issue 12): a local medicine without the area
 * it was given in, an area on a medicine taken by mouth, a prescribed aspirin (which is an
 * antiplatelet), a procedure dated after asOf. Each is an input error at the field's path; the
 * messages name the rule and the allowed values, never the patient's.
 */
final class IntakeChecks {
  static final String LOCAL_NEEDS_AREA =
      "is required for a local medicine (CORTICOSTEROID_LOCAL): the area it was given in";
  static final String AREA_ONLY_LOCAL =
      "is only for a local medicine (CORTICOSTEROID_LOCAL); leave it out for a medicine taken by"
          + " mouth or by injection into a muscle or vein";
  static final String ASPIRIN_PRESCRIBED =
      "must not be true for ASPIRIN: record a prescribed aspirin as ANTIPLATELET (a prescribed blood"
          + " thinner the patient keeps taking)";

  private IntakeChecks() {}

  static void check(PatientProfile patient, LocalDate asOf, List<Problem> problems) {
    List<Medication> medications = patient.medications().orElse(List.of());
    for (int i = 0; i < medications.size(); i++) {
      medication(medications.get(i), "patient.medications[" + i + "]", problems);
    }
    List<Procedure> procedures = patient.procedures().orElse(List.of());
    for (int i = 0; i < procedures.size(); i++) {
      LocalDate day = procedures.get(i).date();
      String path = "patient.procedures[" + i + "].date";
      if (!DateWindow.contains(day)) {
        problems.add(Problem.of(path, DateWindow.MESSAGE));
      } else if (day.isAfter(asOf)) {
        problems.add(Problem.of(path, PROCEDURE_AFTER_AS_OF));
      }
    }
  }

  static final String PROCEDURE_AFTER_AS_OF =
      "must not be after asOf: record a procedure once it is done (a planned one is not a fact yet)";

  private static void medication(Medication m, String path, List<Problem> problems) {
    if (m.kind().isLocal() && m.area().isEmpty()) {
      problems.add(Problem.of(path + ".area", LOCAL_NEEDS_AREA));
    }
    if (!m.kind().isLocal() && m.area().isPresent()) {
      problems.add(Problem.of(path + ".area", AREA_ONLY_LOCAL));
    }
    if (m.kind() == MedicationKind.ASPIRIN && m.knownPrescribed()) {
      problems.add(Problem.of(path + ".prescribed", ASPIRIN_PRESCRIBED));
    }
    m.from()
        .filter(from -> !DateWindow.contains(from))
        .ifPresent(from -> problems.add(Problem.of(path + ".from", DateWindow.MESSAGE)));
  }
}
