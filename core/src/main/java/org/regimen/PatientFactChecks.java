package org.regimen;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.regimen.request.Condition;
import org.regimen.request.PregnancyTest;
import org.regimen.request.Reproductive;
import org.regimen.request.ConditionDetail;
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
