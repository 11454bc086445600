package org.regimen.validation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.regimen.error.Problem;
import org.regimen.request.Condition;
import org.regimen.request.ConditionDetail;
import org.regimen.request.LabResult;
import org.regimen.request.LabTest;
import org.regimen.request.Medication;
import org.regimen.request.PatientProfile;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.PregnancyTest;
import org.regimen.request.Reproductive;
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

  static final String CONDITION_TWICE =
      "lists a condition code that another entry lists too: give each condition once, with its status";
  static final String DETAIL_WITHOUT_CONDITION =
      "describes a condition code that patient.conditions does not list";
  static final String SINCE_AFTER_AS_OF = "must not be after asOf";

  static final String NOT_FOR_MALE = "must be absent when patient.sex is MALE";

  private PatientFactChecks() {}

  /** A delivery and a test are days of the past; a test has a pregnancy test's outcomes; not a man's. */
  private static void checkReproductive(
      PatientProfile patient, Reproductive rep, LocalDate asOf, List<Problem> problems) {
    boolean male = patient.sex().filter(s -> s == Sex.MALE).isPresent();
    if (rep.deliveredOn().isPresent()) {
      if (male) {
        problems.add(Problem.of("patient.reproductive.deliveredOn", NOT_FOR_MALE));
      } else if (rep.deliveredOn().get().isAfter(asOf)) {
        problems.add(Problem.of("patient.reproductive.deliveredOn", SINCE_AFTER_AS_OF));
      }
    }
    if (rep.pregnancyTest().isPresent()) {
      PregnancyTest test = rep.pregnancyTest().get();
      if (male) {
        problems.add(Problem.of("patient.reproductive.pregnancyTest", NOT_FOR_MALE));
        return;
      }
      if (!PregnancyTest.OUTCOMES.contains(test.result())) {
        problems.add(Problem.of("patient.reproductive.pregnancyTest.result",
            "must be one of NEGATIVE, POSITIVE, INDETERMINATE"));
      }
      if (test.date().isAfter(asOf)) {
        problems.add(Problem.of("patient.reproductive.pregnancyTest.date", SINCE_AFTER_AS_OF));
      }
    }
  }

  /**
   * A condition in object form says its status, so the same code listed again (bare, or with
   * another status) contradicts it; its since-day is a day of the past.
   */
  private static void checkConditionDetails(
      PatientProfile patient, LocalDate asOf, List<Problem> problems) {
    List<Condition> conditions = patient.conditions().orElse(List.of());
    List<ConditionDetail> details = patient.conditionDetails();
    Set<Condition> detailed = EnumSet.noneOf(Condition.class);
    for (int d = 0; d < details.size(); d++) {
      ConditionDetail detail = details.get(d);
      int index = conditions.indexOf(detail.code());
      if (index < 0) {
        problems.add(Problem.of("patient.conditionDetails[" + d + "].code", DETAIL_WITHOUT_CONDITION));
        continue;
      }
      if (!detailed.add(detail.code()) || conditions.lastIndexOf(detail.code()) != index) {
        problems.add(
            Problem.of("patient.conditions[" + conditions.lastIndexOf(detail.code()) + "]", CONDITION_TWICE));
      }
      if (detail.since().filter(since -> since.isAfter(asOf)).isPresent()) {
        problems.add(Problem.of("patient.conditions[" + index + "].since", SINCE_AFTER_AS_OF));
      }
    }
  }

  static final String MEASURED_TAKES_NO_RESULT =
      "must be absent for a measured test: give its value and unit instead";
  static final String NOT_MEASURED_TAKES_NO_VALUE =
      "is only for a measured test (PLATELET_COUNT, HAEMOGLOBIN, HBA1C): give a result instead";

  /**
   * A marker or panel has an outcome it allows and no value; a measured test has a plausible value in
   * its own unit and no outcome (contract.md: "Any other pairing is an input error").
   */
  private static void labPairing(LabResult lab, String path, List<Problem> problems) {
    LabTest test = lab.test();
    if (!test.isMeasured()) {
      if (lab.result().isEmpty()) {
        problems.add(Problem.of(path + ".result", "is required for test " + test.name()));
      } else if (!test.allows(lab.result().get())) {
        problems.add(
            Problem.of(
                path + ".result",
                "must be one of "
                    + test.outcomes().stream().map(Enum::name).collect(Collectors.joining(", "))
                    + " for test "
                    + test.name()));
      }
      lab.value().ifPresent(v -> problems.add(Problem.of(path + ".value", NOT_MEASURED_TAKES_NO_VALUE)));
      lab.unit().ifPresent(u -> problems.add(Problem.of(path + ".unit", NOT_MEASURED_TAKES_NO_VALUE)));
      return;
    }
    String unit = test.unit().orElseThrow();
    if (lab.result().isPresent()) {
      problems.add(Problem.of(path + ".result", MEASURED_TAKES_NO_RESULT));
    }
    if (lab.value().isEmpty()) {
      problems.add(Problem.of(path + ".value", "is required for test " + test.name()));
    } else if (!test.plausible(lab.value().get())) {
      problems.add(
          Problem.of(
              path + ".value",
              "must be from " + test.plausibleRange() + " (" + unit + ") for test " + test.name()));
    }
    if (lab.unit().isEmpty()) {
      problems.add(Problem.of(path + ".unit", "is required for test " + test.name() + ": " + unit));
    } else if (!lab.unit().get().equals(unit)) {
      // The unit the patient's value came in is not echoed: only the rule and the allowed unit.
      problems.add(Problem.of(path + ".unit", "must be " + unit + " for test " + test.name()));
    }
  }

  static void check(PatientProfile patient, LocalDate asOf, List<Problem> problems) {
    List<LabResult> labs = patient.labResults();
    for (int i = 0; i < labs.size(); i++) {
      labPairing(labs.get(i), "patient.labResults[" + i + "]", problems);
    }
    if (patient.sex().filter(s -> s == Sex.MALE).isPresent()) {
      if (patient.pregnancy().filter(p -> p != PregnancyStatus.NONE).isPresent()) {
        problems.add(Problem.of("patient.pregnancy", NOT_FOR_MALE_PREGNANCY));
      }
      if (patient.menstruation().isPresent()) {
        problems.add(Problem.of("patient.menstruation", NOT_FOR_MALE_MENSTRUATION));
      }
    }
    checkConditionDetails(patient, asOf, problems);
    patient.reproductive().ifPresent(rep -> checkReproductive(patient, rep, asOf, problems));
    List<Medication> medications = patient.medications().orElse(List.of());
    for (int i = 0; i < medications.size(); i++) {
      Medication m = medications.get(i);
      if (m.from().isPresent() && m.until().isPresent() && m.until().get().isBefore(m.from().get())) {
        problems.add(Problem.of("patient.medications[" + i + "].until", COURSE_REVERSED));
      }
    }
  }
}
