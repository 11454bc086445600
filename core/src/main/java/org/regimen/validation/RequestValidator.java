package org.regimen.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.error.ProblemLimit;
import org.regimen.error.RequestIdRule;
import org.regimen.request.Assessment;
import org.regimen.request.BodyArea;
import org.regimen.request.Clinic;
import org.regimen.request.CombinedTreatment;
import org.regimen.request.Indication;
import org.regimen.request.LabResult;
import org.regimen.request.MenstrualCycle;
import org.regimen.request.PatientProfile;
import org.regimen.request.Severity;
import org.regimen.request.StriaeAssessment;
import org.regimen.request.TreatmentRequest;

/**
 * The rules of a request that span fields (dates against {@code asOf}, repeats, which assessment
 * goes with which indication). The builders check types and presence; this checks meaning, and
 * reports every broken rule at once with its JSON path. The JSON reader runs it too, so Java and
 * JSON callers get the same answers.
 *
 * @since 0.1.0
 */
public final class RequestValidator {
  public static final int MAX_STRIAE_AGE_MONTHS = 1200;
  public static final String BOTH_TREATMENT_FORMS =
      "must not be given together with treatment (one treatment, or a list for a combination)";

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

  private RequestValidator() {}

  /** Every rule the request breaks, in the order of its fields; empty when it is valid. */
  public static List<Problem> validate(TreatmentRequest request) {
    List<Problem> problems = new ArrayList<>();
    LocalDate asOf = request.asOf();
    validateIdAndLanguage(request, problems);
    validateTreatments(request, problems);
    request
        .clinic()
        .flatMap(c -> c.maxVisitMinutes())
        .filter(m -> m < Clinic.MIN_VISIT_MINUTES || m > Clinic.MAX_VISIT_MINUTES_LIMIT)
        .ifPresent(m -> problems.add(Problem.of("clinic.maxVisitMinutes",
            "must be an integer from " + Clinic.MIN_VISIT_MINUTES + " to " + Clinic.MAX_VISIT_MINUTES_LIMIT)));
    validateAssessments(request, problems);
    validateAreas(request, problems);
    request
        .earliestStart()
        .filter(start -> start.isBefore(asOf))
        .ifPresent(start -> problems.add(Problem.of("earliestStart", "must not be before asOf")));
    validatePatient(request.patient(), asOf, problems);
    request.history().ifPresent(history -> HistoryValidator.validate(history, asOf, problems));
    RequestDateWindow.check(request, problems);
    return ProblemLimit.cap(List.copyOf(problems));
  }

  private static void validateIdAndLanguage(TreatmentRequest request, List<Problem> problems) {
    request
        .id()
        .filter(id -> !RequestIdRule.isValid(id))
        .ifPresent(
            id ->
                problems.add(
                    Problem.of(
                        "id",
                        "must be 1 to "
                            + RequestIdRule.MAX_LENGTH
                            + " characters of A-Z, a-z, 0-9 and . _ : - (never a patient"
                            + " identifier in clear)")));
    request
        .language()
        .filter(language -> !LANGUAGE.matcher(language).matches())
        .ifPresent(
            language ->
                problems.add(
                    Problem.of("language", "must be an ISO 639-1 code of 2 lowercase letters")));
  }

  /** One treatment, or a combination of distinct ones, each part valid on its own. */
  private static void validateTreatments(TreatmentRequest request, List<Problem> problems) {
    request
        .treatment()
        .filter(String::isBlank)
        .ifPresent(t -> problems.add(Problem.of("treatment", "must not be blank")));
    if (request.treatment().isPresent() && !request.treatments().isEmpty()) {
      problems.add(Problem.of("treatments", BOTH_TREATMENT_FORMS));
    }
    Set<String> treatments = new HashSet<>();
    for (int i = 0; i < request.treatments().size(); i++) {
      CombinedTreatment part = request.treatments().get(i);
      String treatment = part.treatment();
      if (treatment.isBlank()) {
        problems.add(Problem.of(treatmentPath(i, part), "must not be blank"));
      } else if (!treatments.add(treatment)) {
        problems.add(Problem.of(treatmentPath(i, part), "must not repeat an earlier treatment"));
      }
      validatePart(request, i, part, problems);
    }
  }

  /**
   * The request's striae and laxity go with its indication, and its general assessment agrees with
   * them and names only areas to treat.
   */
  private static void validateAssessments(TreatmentRequest request, List<Problem> problems) {
    if (request.striae().isPresent() && request.indication() != Indication.STRETCH_MARKS) {
      problems.add(Problem.of("striae", "is only allowed with indication STRETCH_MARKS"));
    }
    request.striae().ifPresent(striae -> validateStriaeAge("striae", striae, problems));
    if (request.laxity().isPresent() && request.indication() != Indication.SKIN_LAXITY) {
      problems.add(Problem.of("laxity", "is only allowed with indication SKIN_LAXITY"));
    }
    // One severity per assessment: a general one that contradicts the indication's own is an error.
    Optional<Severity> general =
        request.assessment().flatMap(a -> a.severity());
    Optional<Severity> own =
        request.striae().flatMap(s -> s.severity()).or(() -> request.laxity().flatMap(l -> l.severity()));
    if (general.isPresent() && own.isPresent() && general.get() != own.get()) {
      problems.add(
          Problem.of(
              "assessment.severity",
              "must agree with " + (request.striae().isPresent() ? "striae" : "laxity")
                  + ".severity when both are given"));
    }
    request.assessment().ifPresent(a -> {
      Set<BodyArea> planned = EnumSet.noneOf(BodyArea.class);
      planned.addAll(request.areas());
      request.treatments().forEach(p -> planned.addAll(p.areas()));
      validateAreaAssessments("assessment", a, planned, problems);
    });
  }

  /** Areas to treat, the request's or else every part's own, none of them twice. */
  private static void validateAreas(TreatmentRequest request, List<Problem> problems) {
    if (request.areas().isEmpty()) {
      boolean someOwn = request.treatments().stream().anyMatch(p -> !p.areas().isEmpty());
      if (!someOwn) {
        problems.add(Problem.of("areas", "must not be empty: list the areas to treat"));
      } else {
        for (int i = 0; i < request.treatments().size(); i++) {
          if (request.treatments().get(i).areas().isEmpty()) {
            problems.add(Problem.of("treatments[" + i + "].areas",
                "is required when the request has no areas of its own: list the areas to treat"));
          }
        }
      }
    }
    requireDistinctAreas("areas", request.areas(), problems);
  }

  private static void requireDistinctAreas(String path, List<BodyArea> areas, List<Problem> problems) {
    Set<BodyArea> seen = EnumSet.noneOf(BodyArea.class);
    for (int i = 0; i < areas.size(); i++) {
      if (!seen.add(areas.get(i))) {
        problems.add(Problem.of(path + "[" + i + "]", "must not repeat an earlier area"));
      }
    }
  }

  private static void validateStriaeAge(String path, StriaeAssessment striae, List<Problem> problems) {
    striae
        .ageMonths()
        .filter(months -> months < 0 || months > MAX_STRIAE_AGE_MONTHS)
        .ifPresent(
            months ->
                problems.add(
                    Problem.of(
                        path + ".ageMonths",
                        "must be an integer from 0 to " + MAX_STRIAE_AGE_MONTHS)));
  }

  /**
   * The path of part {@code index}'s treatment id: the element itself for a part that names only its
   * treatment (the string form), its {@code treatment} key otherwise.
   *
   * @param index the part's index in {@code treatments}
   * @param part the part
   * @return e.g. {@code treatments[1]} or {@code treatments[1].treatment}
   */
  public static String treatmentPath(int index, CombinedTreatment part) {
    return "treatments[" + index + "]" + (part.idOnly() ? "" : ".treatment");
  }

  /**
   * One part's own values: its striae and laxity go with its indication (its own or the request's),
   * its areas do not repeat, and a severity it gives agrees with the other one that applies to it.
   */
  private static void validatePart(
      TreatmentRequest request, int i, CombinedTreatment part, List<Problem> problems) {
    String path = "treatments[" + i + "]";
    Indication indication = PartDefaults.indication(request, part);
    if (part.striae().isPresent() && indication != Indication.STRETCH_MARKS) {
      problems.add(Problem.of(path + ".striae", "is only allowed with indication STRETCH_MARKS"));
    }
    part.striae().ifPresent(striae -> validateStriaeAge(path + ".striae", striae, problems));
    if (part.laxity().isPresent() && indication != Indication.SKIN_LAXITY) {
      problems.add(Problem.of(path + ".laxity", "is only allowed with indication SKIN_LAXITY"));
    }
    requireDistinctAreas(path + ".areas", part.areas(), problems);
    part.assessment().ifPresent(a -> {
      Set<BodyArea> planned = EnumSet.noneOf(BodyArea.class);
      planned.addAll(PartDefaults.areas(request, part));
      validateAreaAssessments(path + ".assessment", a, planned, problems);
    });
    boolean ownHere = part.assessment().isPresent() || part.striae().isPresent() || part.laxity().isPresent();
    if (ownHere) {
      validatePartSeverities(request, path, part, problems);
    }
  }

  /**
   * The general severity and the indication's own that apply to a part (as planning takes them,
   * {@link PartDefaults}) agree; the problem is at the part's own value, its assessment first.
   */
  private static void validatePartSeverities(
      TreatmentRequest request, String path, CombinedTreatment part, List<Problem> problems) {
    Optional<Severity> general = PartDefaults.assessment(request, part).flatMap(a -> a.severity());
    Optional<Severity> striae = PartDefaults.striae(request, part).flatMap(s -> s.severity());
    Optional<Severity> laxity = PartDefaults.laxity(request, part).flatMap(l -> l.severity());
    Optional<Severity> own = striae.or(() -> laxity);
    if (general.isPresent() && own.isPresent() && general.get() != own.get()) {
      String kind = striae.isPresent() ? "striae" : "laxity";
      problems.add(
          part.assessment().isPresent()
              ? Problem.of(path + ".assessment.severity", "must agree with " + kind + ".severity when both are given")
              : Problem.of(path + "." + kind + ".severity", "must agree with assessment.severity when both are given"));
    }
  }

  /**
   * An assessment's per-area severities (issue 12): each names one of the areas it may apply to
   * ({@code planned}: the request's or the part's), and no area twice. The problems name the field,
   * never the area.
   */
  private static void validateAreaAssessments(
      String path, Assessment assessment, Set<BodyArea> planned, List<Problem> problems) {
    Set<BodyArea> seen = EnumSet.noneOf(BodyArea.class);
    for (int i = 0; i < assessment.areas().size(); i++) {
      BodyArea area = assessment.areas().get(i).area();
      String field = path + ".areas[" + i + "].area";
      if (!planned.contains(area)) {
        problems.add(Problem.of(field, "must be one of the areas to treat"));
      } else if (!seen.add(area)) {
        problems.add(Problem.of(field, "must not repeat an earlier area"));
      }
    }
  }

  /**
   * @throws InvalidRequestException with every problem, if there is any
   */
  public static void check(TreatmentRequest request) {
    List<Problem> problems = validate(request);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(request.id().filter(RequestIdRule::isValid), problems);
    }
  }

  private static void validatePatient(
      PatientProfile patient, LocalDate asOf, List<Problem> problems) {
    patient
        .birthDate()
        .filter(birth -> !birth.isBefore(asOf))
        .ifPresent(birth -> problems.add(Problem.of("patient.birthDate", "must be before asOf")));
    patient.menstruation().ifPresent(cycle -> validateCycle(cycle, asOf, problems));
    PatientFactChecks.check(patient, asOf, problems);
    IntakeChecks.check(patient, asOf, problems);
    List<LabResult> labs = patient.labResults();
    for (int i = 0; i < labs.size(); i++) {
      if (labs.get(i).date().isAfter(asOf)) {
        problems.add(
            Problem.of("patient.labResults[" + i + "].date", "must not be after asOf"));
      }
    }
  }

  static final String REQUIRED_FOR_REGULAR = "is required";
  static final String NOT_FOR_NO_CYCLE = "must be absent when cycle is NONE";

  /**
   * A regular cycle (the default) needs its three values to predict periods; NONE takes none of
   * them; an irregular cycle may say any of them, and none is used for a prediction.
   */
  private static void validateCycle(MenstrualCycle cycle, LocalDate asOf, List<Problem> problems) {
    if (cycle.lastStart().filter(start -> start.isAfter(asOf)).isPresent()) {
      problems.add(Problem.of("patient.menstruation.lastStart", "must not be after asOf"));
    }
    cycle.cycleDays().ifPresent(days -> checkRange(
        days,
        MenstrualCycle.MIN_CYCLE_DAYS,
        MenstrualCycle.MAX_CYCLE_DAYS,
        "patient.menstruation.cycleDays",
        problems));
    cycle.periodDays().ifPresent(days -> checkRange(
        days,
        MenstrualCycle.MIN_PERIOD_DAYS,
        MenstrualCycle.MAX_PERIOD_DAYS,
        "patient.menstruation.periodDays",
        problems));
    List<String> present = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    (cycle.lastStart().isPresent() ? present : absent).add("lastStart");
    (cycle.cycleDays().isPresent() ? present : absent).add("cycleDays");
    (cycle.periodDays().isPresent() ? present : absent).add("periodDays");
    switch (cycle.pattern()) {
      case REGULAR ->
          absent.forEach(name -> problems.add(Problem.of("patient.menstruation." + name, REQUIRED_FOR_REGULAR)));
      case NONE ->
          present.forEach(name -> problems.add(Problem.of("patient.menstruation." + name, NOT_FOR_NO_CYCLE)));
      case IRREGULAR -> {
        // any of them may be recorded; none predicts anything
      }
    }
  }

  private static void checkRange(int value, int min, int max, String path, List<Problem> problems) {
    if (value < min || value > max) {
      problems.add(Problem.of(path, "must be an integer from " + min + " to " + max));
    }
  }
}
