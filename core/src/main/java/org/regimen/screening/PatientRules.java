package org.regimen.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.regimen.dates.DateWindow;
import org.regimen.protocol.ScreeningRule;
import org.regimen.request.Medication;
import org.regimen.request.PregnancyStatus;

/** Rules about the whole patient: pregnancy, conditions, medications, allergies and age. */
final class PatientRules {
  private PatientRules() {}

  static void pregnancy(DeclaredRule rule, ScreeningRun run) {
    Optional<PregnancyStatus> status =
        run.patient().pregnancy().filter(s -> s != PregnancyStatus.UNKNOWN);
    if (status.isEmpty()) {
      run.unconfirmed(UnconfirmedAttribute.PREGNANCY_STATUS, rule);
    } else if (rule.rule().pregnancy().contains(status.get())) {
      run.raise(rule, Optional.empty(), Optional.empty());
    }
  }

  static void condition(DeclaredRule rule, ScreeningRun run) {
    run.patient()
        .conditions()
        .ifPresentOrElse(
            conditions -> {
              if (conditions.stream().anyMatch(rule.rule().conditions()::contains)) {
                run.raise(rule, Optional.empty(), Optional.empty());
              }
            },
            () -> run.unconfirmed(UnconfirmedAttribute.CONDITIONS, rule));
  }

  static void allergy(DeclaredRule rule, ScreeningRun run) {
    run.patient()
        .allergies()
        .ifPresentOrElse(
            allergies -> {
              if (allergies.stream().anyMatch(rule.rule().allergies()::contains)) {
                run.raise(rule, Optional.empty(), Optional.empty());
              }
            },
            () -> run.unconfirmed(UnconfirmedAttribute.ALLERGIES, rule));
  }

  /**
   * A matching medication raises the rule; the finding ends ({@code until}) on the last day of the
   * courses when every matching course has one, and has no known end when any is ongoing.
   */
  static void medication(DeclaredRule rule, ScreeningRun run) {
    Optional<List<Medication>> medications = run.patient().medications();
    if (medications.isEmpty()) {
      run.unconfirmed(UnconfirmedAttribute.MEDICATIONS, rule);
      return;
    }
    ScreeningRule r = rule.rule();
    List<Medication> matching =
        medications.get().stream().filter(m -> r.medications().contains(m.kind())).toList();
    if (matching.isEmpty()) {
      return;
    }
    Optional<LocalDate> until =
        // A last day beyond the date window (9999-12-31) is how some systems say "no end date".
        matching.stream().anyMatch(m -> m.until().filter(u -> !DateWindow.meansOngoing(u)).isEmpty())
            ? Optional.empty()
            : matching.stream().map(m -> m.until().orElseThrow()).max(LocalDate::compareTo);
    SafeMedicationText texts = SafeMedicationText.of(r);
    run.raise(rule, r.code(), r.severity(), texts.message(), texts.action(), Optional.empty(), run.held(rule, until));
  }

  static void age(DeclaredRule rule, ScreeningRun run) {
    Optional<LocalDate> birthDate = run.patient().birthDate();
    if (birthDate.isEmpty()) {
      run.unconfirmed(UnconfirmedAttribute.BIRTH_DATE, rule);
      return;
    }
    int age = MatchEvaluator.ageYears(birthDate.get(), run.asOf());
    ScreeningRule r = rule.rule();
    boolean tooYoung = r.minAgeYears().map(min -> age < min).orElse(false);
    boolean tooOld = r.maxAgeYears().map(max -> age > max).orElse(false);
    if (tooYoung || tooOld) {
      run.raise(rule, Optional.empty(), Optional.empty());
    }
  }
}
