package org.regimen;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.regimen.request.LabResult;
import org.regimen.request.Medication;
import org.regimen.request.PatientProfile;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.Sex;

/**
 * Facts that cannot hold together (design.md, "Facts are checked for sense before they are judged"):
 * a lab outcome the test does not have, a man recorded as pregnant or with a menstrual cycle, a
 * medicine course that ends before it starts. Each is an input error with its path; the messages
 * name the rule and the allowed values, never the patient's.
 */
final class PatientFactChecks {
  static final String NOT_FOR_MALE_PREGNANCY =
      "must be NONE or absent when patient.sex is MALE";
  static final String NOT_FOR_MALE_MENSTRUATION = "must be absent when patient.sex is MALE";
  static final String COURSE_REVERSED = "must not be before from (the course's first day)";

  private PatientFactChecks() {}

  static void check(PatientProfile patient, LocalDate asOf, List<Problem> problems) {
    List<LabResult> labs = patient.labResults();
    for (int i = 0; i < labs.size(); i++) {
      LabResult lab = labs.get(i);
      if (!lab.test().allows(lab.result())) {
        problems.add(
            Problem.of(
                "patient.labResults[" + i + "].result",
                "must be one of "
                    + lab.test().outcomes().stream().map(Enum::name).collect(Collectors.joining(", "))
                    + " for test "
                    + lab.test().name()));
      }
    }
    if (patient.sex().filter(s -> s == Sex.MALE).isPresent()) {
      if (patient.pregnancy().filter(p -> p != PregnancyStatus.NONE).isPresent()) {
        problems.add(Problem.of("patient.pregnancy", NOT_FOR_MALE_PREGNANCY));
      }
      if (patient.menstruation().isPresent()) {
        problems.add(Problem.of("patient.menstruation", NOT_FOR_MALE_MENSTRUATION));
      }
    }
    List<Medication> medications = patient.medications().orElse(List.of());
    for (int i = 0; i < medications.size(); i++) {
      Medication m = medications.get(i);
      if (m.from().isPresent() && m.until().isPresent() && m.until().get().isBefore(m.from().get())) {
        problems.add(Problem.of("patient.medications[" + i + "].until", COURSE_REVERSED));
      }
    }
  }
}
