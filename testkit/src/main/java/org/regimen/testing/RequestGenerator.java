package org.regimen.testing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.regimen.dates.DateRange;
import org.regimen.request.Allergy;
import org.regimen.request.AreaAssessment;
import org.regimen.request.AreaCondition;
import org.regimen.request.AreaFinding;
import org.regimen.request.Assessment;
import org.regimen.request.BodyArea;
import org.regimen.request.CalendarConstraints;
import org.regimen.request.CalendarEvent;
import org.regimen.request.Clinic;
import org.regimen.request.Condition;
import org.regimen.request.ConditionDetail;
import org.regimen.request.ConditionStatus;
import org.regimen.request.CyclePattern;
import org.regimen.request.EventKind;
import org.regimen.request.Fitzpatrick;
import org.regimen.request.ImmutableCalendarConstraints;
import org.regimen.request.ImmutableCalendarEvent;
import org.regimen.request.ImmutableMedication;
import org.regimen.request.ImmutablePatientProfile;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.Indication;
import org.regimen.request.LabOutcome;
import org.regimen.request.LabResult;
import org.regimen.request.LabTest;
import org.regimen.request.LaxityAssessment;
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
import org.regimen.request.Severity;
import org.regimen.request.Sex;
import org.regimen.request.Skin;
import org.regimen.request.SkinType;
import org.regimen.request.StriaeAssessment;
import org.regimen.request.StriaeStage;
import org.regimen.request.TreatmentRequest;

/**
 * Generates valid requests for one treatment from a seed: patients with and without each finding,
 * unknowns, calendars with closed days, unavailable ranges and events. Each value is a plain
 * function of its seed, so a failing case is reproduced by its seed alone.
 *
 * @since 0.1.0
 */
public final class RequestGenerator {
  private final String treatment;
  private final List<Indication> indications;
  private final List<BodyArea> areas;

  /**
   * @param treatment module id
   * @param indications indications the module treats
   * @param areas areas the module may be asked for (include areas it never treats to test exclusion)
   */
  public RequestGenerator(String treatment, Set<Indication> indications, Set<BodyArea> areas) {
    this.treatment = treatment;
    this.indications = List.copyOf(indications);
    this.areas = List.copyOf(areas);
  }

  /**
   * Per-area severities (issue 12) for about one request in four, from a stream of their own so that
   * every other value of a seed stays what it was: some of the request's areas, each with a severity
   * that may differ from the general one. For any indication: an area's severity replaces the general
   * (or the striae's or laxity's) one for that area.
   */
  private static TreatmentRequest withAreaAssessments(TreatmentRequest request, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5eed_a5e5_a5e5L);
    if (random.nextInt(4) != 0) {
      return request;
    }
    List<AreaAssessment> perArea = new ArrayList<>();
    for (BodyArea area : request.areas()) {
      if (random.nextBoolean()) {
        perArea.add(AreaAssessment.of(area, pick(random, List.of(Severity.values()))));
      }
    }
    if (perArea.isEmpty()) {
      return request;
    }
    Assessment assessment =
        Assessment.builder().from(request.assessment().orElse(Assessment.builder().build())).areas(perArea).build();
    return ImmutableTreatmentRequest.copyOf(request).withAssessment(assessment);
  }

  /**
   * {@return requests as a QuickTheories generator, described by their id (toString is redacted)}
   */
  public Gen<TreatmentRequest> requests() {
    return SourceDSL.longs().all().map(this::generate).describedAs(r -> "request " + r.id().orElse(""));
  }

  /**
   * The request of one seed: the same seed always gives the same request.
   *
   * @param seed the seed; it is also the request's id ({@code seed-<hex>})
   * @return a valid request for this generator's treatment
   */
  public TreatmentRequest generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate asOf = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(730));
    Indication indication = pick(random, indications);
    ImmutableTreatmentRequest.Builder request =
        TreatmentRequest.builder()
            .id("seed-" + Long.toHexString(seed))
            .asOf(asOf)
            .treatment(treatment)
            .indication(indication)
            .areas(someOf(random, areas, 1, 3))
            .patient(patient(random, asOf))
            .calendar(calendar(random, asOf));
    if (random.nextInt(3) > 0) {
      request.earliestStart(asOf.plusDays(random.nextInt(60)));
    }
    addAssessment(random, indication, request);
    // Drawn last, so the values above stay what they were for every seed.
    if (random.nextInt(4) == 0) {
      // A clinic that books short visits: sessions over several areas are split over days.
      request.clinic(Clinic.builder().maxVisitMinutes(30 + random.nextInt(120)).build());
    }
    TreatmentRequest built = withAreaAssessments(withIntakeExtras(request.build(), seed), seed);
    return withEventKinds(random, built);
  }

  /** The striae's or laxity's assessment for those indications, the general one for the others. */
  private static void addAssessment(
      SplittableRandom random, Indication indication, ImmutableTreatmentRequest.Builder request) {
    if (indication == Indication.STRETCH_MARKS && random.nextInt(5) > 0) {
      request.striae(
          StriaeAssessment.builder()
              .stage(maybe(random, StriaeStage.values()))
              .ageMonths(random.nextInt(4) == 0 ? Optional.empty() : Optional.of(random.nextInt(240)))
              .severity(maybe(random, Severity.values()))
              .build());
    }
    if (indication == Indication.SKIN_LAXITY && random.nextInt(5) > 0) {
      request.laxity(LaxityAssessment.builder().severity(maybe(random, Severity.values())).build());
    }
    if (indication != Indication.STRETCH_MARKS
        && indication != Indication.SKIN_LAXITY
        && random.nextInt(3) > 0) {
      // Drawn after the rest: a seed keeps its request, plus the general assessment (issue 12).
      request.assessment(Assessment.builder().severity(maybe(random, Severity.values())).build());
    }
  }

  /** A kind for each calendar event, drawn last so every earlier value of a seed stays the same. */
  private static TreatmentRequest withEventKinds(SplittableRandom random, TreatmentRequest built) {
    if (built.calendar().events().isEmpty()) {
      return built;
    }
    List<CalendarEvent> events = new ArrayList<>();
    for (CalendarEvent event : built.calendar().events()) {
      events.add(ImmutableCalendarEvent.copyOf(event)
          .withKind(pick(random, List.of(EventKind.values()))));
    }
    return ImmutableTreatmentRequest.copyOf(built)
        .withCalendar(ImmutableCalendarConstraints.copyOf(built.calendar()).withEvents(events));
  }

  /**
   * Procedures and measured values (issue 12) from a random stream of their own, so that every other
   * value of a seed's request (its calendar too) stays what it was before these facts existed.
   */
  private static TreatmentRequest withIntakeExtras(TreatmentRequest built, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x1A7A4E5L);
    LocalDate asOf = built.asOf();
    ImmutablePatientProfile.Builder patient = PatientProfile.builder().from(built.patient());
    if (random.nextInt(4) == 0) {
      List<Procedure> procedures = new ArrayList<>();
      for (ProcedureKind kind : rareSubset(random, ProcedureKind.values())) {
        // Some inside their wait (days ago), some long past it (history).
        int daysAgo = random.nextInt(random.nextInt(3) == 0 ? 400 : 30);
        procedures.add(Procedure.of(kind, pick(random, List.of(BodyArea.values())), asOf.minusDays(daysAgo)));
      }
      patient.procedures(procedures);
    } else if (random.nextBoolean()) {
      patient.procedures(List.of());
    }
    for (LabTest test : LabTest.values()) {
      if (test.isMeasured() && random.nextInt(4) == 0) {
        // Mostly normal values, sometimes past a threshold (platelets 150, haemoglobin 12, HbA1c 7).
        java.math.BigDecimal value =
            switch (test) {
              case PLATELET_COUNT -> java.math.BigDecimal.valueOf(random.nextInt(5) == 0 ? 40 + random.nextInt(110) : 150 + random.nextInt(300));
              case HAEMOGLOBIN -> java.math.BigDecimal.valueOf(random.nextInt(5) == 0 ? 70 + random.nextInt(50) : 120 + random.nextInt(50), 1);
              default -> java.math.BigDecimal.valueOf(random.nextInt(5) == 0 ? 70 + random.nextInt(50) : 45 + random.nextInt(25), 1);
            };
        patient.addLabResults(LabResult.measured(test, value, asOf.minusDays(random.nextInt(200))));
      }
    }
    return ImmutableTreatmentRequest.copyOf(built).withPatient(patient.build());
  }

  /**
   * A patient drawn field by field. The order of the draws below is what keeps each seed's patient
   * the same: facts added later are drawn after the older ones, never between them.
   */
  private static PatientProfile patient(SplittableRandom random, LocalDate asOf) {
    ImmutablePatientProfile.Builder patient = PatientProfile.builder();
    Sex sex = addAgeSexAndPregnancy(random, asOf, patient);
    List<Condition> conditions = List.of();
    if (random.nextInt(8) > 0) {
      conditions = rareSubset(random, Condition.values());
      patient.conditions(conditions);
    }
    if (random.nextInt(8) > 0) {
      patient.medications(medications(random, asOf));
    }
    if (random.nextInt(8) > 0) {
      patient.allergies(rareSubset(random, Allergy.values()));
    }
    addAreaFindings(random, patient);
    if (random.nextBoolean()) {
      patient.skin(
          Skin.builder()
              .fitzpatrick(maybe(random, Fitzpatrick.values()))
              .type(maybe(random, SkinType.values()))
              .build());
    }
    if (sex != Sex.MALE && random.nextBoolean()) {
      patient.menstruation(
          MenstrualCycle.builder()
              .lastStart(asOf.minusDays(random.nextInt(28)))
              .cycleDays(24 + random.nextInt(10))
              .periodDays(3 + random.nextInt(5))
              .build());
    }
    addLabOutcomes(random, asOf, patient);
    if (random.nextBoolean()) {
      patient.lifestyle(
          Lifestyle.builder().smoker(random.nextBoolean()).frequentSolarium(random.nextInt(5) == 0).build());
    }
    // Drawn last, so a seed gives the same patient as before these facts existed, plus them.
    if (sex != Sex.MALE) {
      addCycleAndReproductive(random, asOf, patient);
    }
    addConditionDetails(random, asOf, conditions, patient);
    return patient.build();
  }

  /** Birth date, sex and pregnancy, each sometimes unknown; returns the sex (null when unknown). */
  private static Sex addAgeSexAndPregnancy(
      SplittableRandom random, LocalDate asOf, ImmutablePatientProfile.Builder patient) {
    if (random.nextInt(10) > 0) {
      // Mostly adults; sometimes under 18 to exercise the age rule.
      int years = random.nextInt(10) == 0 ? 14 + random.nextInt(4) : 18 + random.nextInt(55);
      patient.birthDate(asOf.minusYears(years).minusDays(random.nextInt(365)));
    }
    Sex sex = random.nextInt(10) == 0 ? null : pick(random, List.of(Sex.values()));
    if (sex != null) {
      patient.sex(sex);
    }
    if (random.nextInt(8) > 0) {
      // A man is recorded as not pregnant or not at all: anything else is an input error.
      patient.pregnancy(
          sex == Sex.MALE ? PregnancyStatus.NONE : weighted(random, PregnancyStatus.NONE, PregnancyStatus.values()));
    }
    return sex;
  }

  private static List<Medication> medications(SplittableRandom random, LocalDate asOf) {
    List<Medication> medications = new ArrayList<>();
    for (MedicationKind kind : rareSubset(random, MedicationKind.values())) {
      medications.add(medication(random, asOf, kind));
    }
    return medications;
  }

  /**
   * Some courses ended before asOf (history, or inside a wait after it such as isotretinoin's), some
   * end later, some are ongoing; a local medicine names its area.
   */
  private static Medication medication(SplittableRandom random, LocalDate asOf, MedicationKind kind) {
    ImmutableMedication.Builder m = ImmutableMedication.builder().kind(kind);
    if (!random.nextBoolean()) {
      m.until(asOf.plusDays(random.nextInt(random.nextInt(4) == 0 ? 400 : 40) - (random.nextInt(4) == 0 ? 300 : 5)));
    }
    if (random.nextInt(3) == 0) {
      m.prescribed(kind != MedicationKind.ASPIRIN && random.nextBoolean());
    }
    if (kind.isLocal()) {
      m.area(pick(random, List.of(BodyArea.values())));
    }
    return m.build();
  }

  /** Sometimes one finding on one area, sometimes none recorded, otherwise unknown. */
  private static void addAreaFindings(SplittableRandom random, ImmutablePatientProfile.Builder patient) {
    if (random.nextInt(6) == 0) {
      patient.areaFindings(
          List.of(
              AreaFinding.of(
                  pick(random, List.of(BodyArea.values())),
                  pick(random, List.of(AreaCondition.values())))));
    } else if (random.nextBoolean()) {
      patient.areaFindings(List.of());
    }
  }

  /**
   * Outcomes of the tests that have no measured value (measured ones are drawn in {@link
   * #withIntakeExtras}): mostly clean, rarely not, sometimes with an older positive marker.
   */
  private static void addLabOutcomes(
      SplittableRandom random, LocalDate asOf, ImmutablePatientProfile.Builder patient) {
    for (LabTest test : LabTest.values()) {
      if (test.isMeasured()) {
        continue;
      }
      if (random.nextInt(3) > 0) {
        // Only the outcomes each test has: markers NEGATIVE/POSITIVE/INDETERMINATE, panels
        // NORMAL/ABNORMAL; the first listed is the clean one.
        List<LabOutcome> outcomes = List.copyOf(test.outcomes());
        LabOutcome good = test.isInfectionMarker() ? LabOutcome.NEGATIVE : LabOutcome.NORMAL;
        LabOutcome outcome = random.nextInt(15) == 0 ? pick(random, outcomes) : good;
        LocalDate taken = asOf.minusDays(random.nextInt(200));
        patient.addLabResults(LabResult.of(test, outcome, taken));
        if (random.nextInt(30) == 0 && test.isInfectionMarker()) {
          patient.addLabResults(LabResult.of(test, LabOutcome.POSITIVE, taken.minusDays(1 + random.nextInt(300))));
        }
      }
    }
  }

  /** For a patient not known to be a man: sometimes an irregular cycle or none, reproductive facts. */
  private static void addCycleAndReproductive(
      SplittableRandom random, LocalDate asOf, ImmutablePatientProfile.Builder patient) {
    if (random.nextInt(6) == 0) {
      // An irregular cycle or none replaces the regular one sometimes.
      patient.menstruation(
          MenstrualCycle.builder()
              .cycle(random.nextBoolean() ? CyclePattern.IRREGULAR : CyclePattern.NONE)
              .build());
    }
    if (random.nextInt(5) == 0) {
      patient.reproductive(reproductive(random, asOf));
    }
  }

  private static Reproductive reproductive(SplittableRandom random, LocalDate asOf) {
    return Reproductive.builder()
        .tryingToConceive(random.nextInt(4) == 0 ? Optional.of(random.nextInt(3) == 0) : Optional.empty())
        .deliveredOn(random.nextInt(3) == 0 ? Optional.of(asOf.minusDays(random.nextInt(200))) : Optional.empty())
        .pregnancyTest(random.nextInt(3) == 0 ? Optional.of(pregnancyTest(random, asOf)) : Optional.empty())
        .build();
  }

  /** Half the draws are negative; the rest positive or indeterminate. */
  private static PregnancyTest pregnancyTest(SplittableRandom random, LocalDate asOf) {
    List<LabOutcome> outcomes =
        List.of(LabOutcome.NEGATIVE, LabOutcome.NEGATIVE, LabOutcome.POSITIVE, LabOutcome.INDETERMINATE);
    return PregnancyTest.of(pick(random, outcomes), asOf.minusDays(random.nextInt(30)));
  }

  /** Sometimes a status and onset for each condition the patient has. */
  private static void addConditionDetails(
      SplittableRandom random,
      LocalDate asOf,
      List<Condition> conditions,
      ImmutablePatientProfile.Builder patient) {
    for (Condition condition : conditions) {
      if (random.nextBoolean()) {
        patient.addConditionDetails(
            ConditionDetail.builder()
                .code(condition)
                .status(maybe(random, ConditionStatus.values()))
                .since(random.nextBoolean() ? Optional.of(asOf.minusDays(random.nextInt(4000))) : Optional.empty())
                .build());
      }
    }
  }

  private static CalendarConstraints calendar(SplittableRandom random, LocalDate asOf) {
    ImmutableCalendarConstraints.Builder calendar = CalendarConstraints.builder();
    if (random.nextBoolean()) {
      Set<DayOfWeek> open = EnumSet.allOf(DayOfWeek.class);
      open.remove(DayOfWeek.SUNDAY);
      if (random.nextBoolean()) {
        open.remove(DayOfWeek.SATURDAY);
      }
      if (random.nextInt(4) == 0) {
        open.remove(pick(random, List.of(DayOfWeek.values())));
      }
      calendar.openDays(open.isEmpty() ? EnumSet.of(DayOfWeek.MONDAY) : open);
    }
    for (int i = random.nextInt(6); i > 0; i--) {
      calendar.addClosedDates(asOf.plusDays(random.nextInt(400)));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      LocalDate from = asOf.plusDays(random.nextInt(300));
      calendar.addUnavailable(DateRange.ofClosed(from, from.plusDays(random.nextInt(20))));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      LocalDate from = asOf.plusDays(random.nextInt(300));
      calendar.addEvents(CalendarEvent.of(DateRange.ofClosed(from, from.plusDays(random.nextInt(3)))));
    }
    return calendar.build();
  }

  private static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static <T> Optional<T> maybe(SplittableRandom random, T[] values) {
    return random.nextInt(5) == 0 ? Optional.empty() : Optional.of(values[random.nextInt(values.length)]);
  }

  private static <T> T weighted(SplittableRandom random, T usual, T[] values) {
    return random.nextInt(4) > 0 ? usual : values[random.nextInt(values.length)];
  }

  /** Mostly empty; sometimes one or two values, so each rule fires in a fair share of cases. */
  private static <T> List<T> rareSubset(SplittableRandom random, T[] values) {
    List<T> chosen = new ArrayList<>();
    if (random.nextInt(3) == 0) {
      chosen.add(values[random.nextInt(values.length)]);
      if (random.nextInt(4) == 0) {
        T second = values[random.nextInt(values.length)];
        if (!chosen.contains(second)) {
          chosen.add(second);
        }
      }
    }
    return chosen;
  }

  private static <T> List<T> someOf(SplittableRandom random, List<T> values, int min, int max) {
    List<T> pool = new ArrayList<>(values);
    int count = Math.min(pool.size(), min + random.nextInt(max - min + 1));
    List<T> chosen = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      chosen.add(pool.remove(random.nextInt(pool.size())));
    }
    return chosen;
  }
}
