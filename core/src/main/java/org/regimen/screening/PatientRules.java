package org.regimen.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.regimen.plan.FindingSeverity;
import org.regimen.dates.DateWindow;
import org.regimen.protocol.ScreeningRule;
import org.regimen.request.Condition;
import org.regimen.protocol.Sourced;
import org.regimen.request.BodyArea;
import org.regimen.request.Medication;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.Sex;

/** Rules about the whole patient: pregnancy, conditions, medications, allergies and age. */
final class PatientRules {
  private PatientRules() {}

  static void pregnancy(DeclaredRule rule, ScreeningRun run) {
    if (run.patient().sex().filter(s -> s == Sex.MALE).isPresent()) {
      return; // never asked: the request validator rejects a man recorded as pregnant
    }
    Optional<PregnancyStatus> status =
        run.patient().pregnancy().filter(s -> s != PregnancyStatus.UNKNOWN);
    if (status.isEmpty()) {
      run.unconfirmed(UnconfirmedAttribute.PREGNANCY_STATUS, rule);
    } else if (rule.rule().pregnancy().contains(status.get())) {
      run.raise(rule, Optional.empty(), Optional.empty());
    }
  }

  /**
   * A recorded condition the rule names, in a status the rule judges. A condition recorded without
   * its status is judged as ACTIVE; where the rule is one of several by status, the finding says so.
   */
  static void condition(DeclaredRule rule, ScreeningRun run) {
    Optional<List<Condition>> recorded = run.patient().conditions();
    if (recorded.isEmpty()) {
      run.unconfirmed(UnconfirmedAttribute.CONDITIONS, rule);
      return;
    }
    ScreeningRule r = rule.rule();
    boolean matched = false;
    boolean statusUnknown = !r.statuses().isEmpty();
    for (Condition c : recorded.get()) { // a loop: every condition rule asks, per request
      if (r.conditions().contains(c)
          && r.judgedStatuses().contains(run.patient().judgedStatus(c))) {
        matched = true;
        statusUnknown &= run.patient().statusOf(c).isEmpty();
      }
    }
    if (!matched) {
      return;
    }
    if (statusUnknown) {
      run.raise(
          rule, r.code(), r.severity(), r.message() + STATUS_NOT_RECORDED, r.action(),
          Optional.empty(), Optional.empty());
    } else {
      run.raise(rule, Optional.empty(), Optional.empty());
    }
  }

  static final String STATUS_NOT_RECORDED =
      " The condition's status is not recorded, so it is judged as active.";

  static void allergy(DeclaredRule rule, ScreeningRun run) {
    run.patient()
        .allergies()
        .ifPresentOrElse(
            allergies -> {
              if (anyIn(allergies, rule.rule().allergies())) {
                run.raise(rule, Optional.empty(), Optional.empty());
              }
            },
            () -> run.unconfirmed(UnconfirmedAttribute.ALLERGIES, rule));
  }

  /** True when some recorded value is one the rule names (a loop: every rule asks, per request). */
  private static <T> boolean anyIn(List<T> recorded, List<T> named) {
    for (T value : recorded) {
      if (named.contains(value)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A matching current medication raises the rule. A course that ended before asOf is history and
   * raises nothing (a finished antibiotic course defers nothing), unless the rule asks for a wait
   * after it ({@code waitAfterDays}: isotretinoin), in which case it counts until the wait is over.
   * The finding ends ({@code until}) on the last day of the courses (plus the wait) when every
   * matching course has one, and has no known end when any is ongoing: sessions are judged on their
   * own dates, from the day after.
   *
   * <p>A prescribed blood thinner is the exception (design.md, "Medication instructions stay
   * safe"): one finding for the prescriber with no date, since a date next to "keep taking it"
   * reads as "until then". A course's end still holds session 1 back, through the run's hold.
   *
   * <p>A rule about a local medicine ({@code inArea}) removes each requested area the medicine was
   * given in, and says nothing about the other areas.
   */
  static void medication(DeclaredRule rule, ScreeningRun run) {
    Optional<List<Medication>> medications = run.patient().medications();
    if (medications.isEmpty()) {
      run.unconfirmed(UnconfirmedAttribute.MEDICATIONS, rule);
      return;
    }
    ScreeningRule r = rule.rule();
    int wait = r.waitAfterDays().map(Sourced::value).orElse(0);
    List<Medication> matching =
        medications.get().stream()
            .filter(m -> r.medications().contains(m.kind()))
            .filter(m -> !m.endedBefore(run.asOf().minusDays(wait)))
            .toList();
    if (matching.isEmpty()) {
      return;
    }
    if (r.inArea()) {
      for (BodyArea area : run.request().areas()) {
        List<Medication> here =
            matching.stream().filter(m -> m.area().filter(area::equals).isPresent()).toList();
        if (!here.isEmpty()) {
          run.raise(rule, Optional.of(area), lastDay(here, wait));
        }
      }
      return;
    }
    Optional<LocalDate> until = lastDay(matching, wait);
    SafeMedicationText texts = SafeMedicationText.of(r);
    boolean dateless =
        r.severity() != FindingSeverity.TEMPORARY
            && matching.stream().anyMatch(m -> SafeMedicationText.isPrescribedThinner(m.kind()));
    if (dateless) {
      until.ifPresent(run::hold);
      until = Optional.empty();
    }
    run.raise(rule, r.code(), r.severity(), texts.message(), texts.action(), Optional.empty(), until);
  }

  /** The last day the courses count (their last day plus the wait), empty when any is ongoing. */
  private static Optional<LocalDate> lastDay(List<Medication> courses, int wait) {
    // A last day beyond the date window (9999-12-31) is how some systems say "no end date".
    boolean ongoing =
        courses.stream().anyMatch(m -> m.until().filter(u -> !DateWindow.meansOngoing(u)).isEmpty());
    if (ongoing) {
      return Optional.empty();
    }
    return courses.stream()
        .map(m -> m.until().orElseThrow().plusDays(wait))
        .max(LocalDate::compareTo);
  }

  /**
   * Age is judged on the session dates, not on asOf: a patient below the minimum age on asOf who
   * reaches it on or before the requested start (earliestStart, or asOf) is deferred to that
   * birthday (a TEMPORARY finding ending the day before), not refused. One below it on the requested
   * start, or above the maximum age then, is ruled out as the rule says.
   *
   * <p>A birthday on 29 February falls on 1 March in a year without one. That is what {@link
   * java.time.Period} counts (the patient is still 17 on 28 February) and what the law says in
   * several countries (England and Wales, New Zealand, Hong Kong); of the two possible days it is
   * the later one, so a minor is never treated a day early.
   */
  static void age(DeclaredRule rule, ScreeningRun run) {
    Optional<LocalDate> birthDate = run.patient().birthDate();
    if (birthDate.isEmpty()) {
      run.unconfirmed(UnconfirmedAttribute.BIRTH_DATE, rule);
      return;
    }
    ScreeningRule r = rule.rule();
    LocalDate requestedStart = requestedStart(run);
    int ageAtStart = MatchEvaluator.ageYears(birthDate.get(), requestedStart);
    boolean tooOld = r.maxAgeYears().map(max -> ageAtStart > max).orElse(false);
    boolean tooYoung = r.minAgeYears().map(min -> ageAtStart < min).orElse(false);
    if (tooYoung || tooOld) {
      run.raise(rule, Optional.empty(), Optional.empty());
      return;
    }
    Optional<Integer> min = r.minAgeYears();
    if (min.isPresent() && MatchEvaluator.ageYears(birthDate.get(), run.asOf()) < min.get()) {
      LocalDate birthday = birthdayOfAge(birthDate.get(), min.get());
      run.raise(
          rule,
          r.code(),
          FindingSeverity.TEMPORARY,
          String.format(Locale.ROOT, UNTIL_BIRTHDAY_MESSAGE, min.get()),
          String.format(Locale.ROOT, UNTIL_BIRTHDAY_ACTION, min.get()),
          Optional.empty(),
          Optional.of(birthday.minusDays(1)));
    }
  }

  static final String UNTIL_BIRTHDAY_MESSAGE =
      "The patient is under %d today and reaches that age on or before the requested start.";
  static final String UNTIL_BIRTHDAY_ACTION =
      "Plan no session before the patient's birthday of age %d; the sessions shown start after it.";

  /** The first day on which a person born on {@code birthDate} is {@code years} old. */
  static LocalDate birthdayOfAge(LocalDate birthDate, int years) {
    LocalDate day = birthDate.plusYears(years);
    // plusYears gives 28 February for a 29 February birth in a common year; Period counts 1 March.
    return MatchEvaluator.ageYears(birthDate, day) < years ? day.plusDays(1) : day;
  }

  private static LocalDate requestedStart(ScreeningRun run) {
    return run.request().earliestStart().filter(d -> d.isAfter(run.asOf())).orElse(run.asOf());
  }
}
