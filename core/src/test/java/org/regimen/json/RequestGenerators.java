package org.regimen.json;

import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.regimen.request.Assessment;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.regimen.dates.DateRange;
import org.regimen.request.Allergy;
import org.regimen.request.AreaCondition;
import org.regimen.request.AreaFinding;
import org.regimen.request.BodyArea;
import org.regimen.request.CalendarConstraints;
import org.regimen.request.CalendarEvent;
import org.regimen.request.Clinic;
import org.regimen.request.Condition;
import org.regimen.request.CyclePattern;
import org.regimen.request.LabOutcome;
import org.regimen.request.PregnancyTest;
import org.regimen.request.Reproductive;
import org.regimen.request.ConditionDetail;
import org.regimen.request.ConditionStatus;
import org.regimen.request.Currency;
import org.regimen.request.Fitzpatrick;
import org.regimen.request.ImmutableCalendarEvent;
import org.regimen.request.ImmutableMedication;
import org.regimen.request.Indication;
import org.regimen.request.LabResult;
import org.regimen.request.Procedure;
import org.regimen.request.ProcedureKind;
import org.regimen.request.LabTest;
import org.regimen.request.LaxityAssessment;
import org.regimen.request.Lifestyle;
import org.regimen.request.Medication;
import org.regimen.request.MedicationKind;
import org.regimen.request.MenstrualCycle;
import org.regimen.request.PatientProfile;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.Severity;
import org.regimen.request.Sex;
import org.regimen.request.Skin;
import org.regimen.request.SkinType;
import org.regimen.request.StriaeAssessment;
import org.regimen.request.StriaeStage;
import org.regimen.request.TreatmentRequest;

/** QuickTheories generators of valid requests: every optional part is sometimes absent. */
final class RequestGenerators {
  private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

  private RequestGenerators() {}

  /** A day from 2000 to about 2050. */
  static Gen<LocalDate> dates() {
    return Generate.range(0, 365 * 50).map(d -> EPOCH.plusDays(d));
  }

  static Gen<LocalDate> datesBefore(LocalDate day, int maxDaysBack) {
    return Generate.range(1, maxDaysBack).map(d -> day.minusDays(d));
  }

  static Gen<DateRange> ranges() {
    return dates().zip(Generate.range(0, 30), (from, length) -> DateRange.ofClosed(from, from.plusDays(length)));
  }

  /** Any text, including quotes, control characters and letters beyond Latin. */
  static Gen<String> texts() {
    return strings().betweenCodePoints(0, 0x2FFF).ofLengthBetween(0, 12);
  }

  static Gen<String> ids() {
    Gen<Character> chars =
        Generate.pick(
            "abcXYZ019._:-".chars().mapToObj(c -> (char) c).collect(java.util.stream.Collectors.toList()));
    return lists().of(chars).ofSizeBetween(1, 20).map(RequestGenerators::join);
  }

  private static String join(List<Character> chars) {
    StringBuilder s = new StringBuilder();
    chars.forEach(s::append);
    return s.toString();
  }

  /** Distinct values of an enum, in a random order. */
  static <E extends Enum<E>> Gen<List<E>> distinct(Class<E> type, int min) {
    return lists()
        .of(Generate.enumValues(type))
        .ofSizeBetween(min, type.getEnumConstants().length + 2)
        .map(list -> new ArrayList<>(new java.util.LinkedHashSet<>(list)));
  }

  static Gen<PatientProfile> patients(LocalDate asOf) {
    Gen<Medication> medications =
        Generate.enumValues(MedicationKind.class)
            .zip(
                dates().toOptionals(30),
                Generate.range(0, 90).toOptionals(50),
                Generate.booleans().toOptionals(50),
                Generate.enumValues(BodyArea.class),
                (kind, until, length, prescribed, area) ->
                    ImmutableMedication.builder()
                        .kind(kind)
                        .until(until)
                        // from is never after until: the validator rejects a reversed course
                        .from(until.flatMap(u -> length.map(l -> u.minusDays(l))))
                        // a prescribed aspirin is an ANTIPLATELET: the validator rejects it
                        .prescribed(prescribed.map(p -> p && kind != MedicationKind.ASPIRIN))
                        // only a local medicine names its area, and it must
                        .area(kind.isLocal() ? java.util.Optional.of(area) : java.util.Optional.empty())
                        .build());
    // Only the outcomes each test has (an infection marker is never NORMAL).
    Gen<LabResult> labs =
        Generate.enumValues(LabTest.class)
            .zip(
                Generate.range(0, 2),
                datesBefore(asOf, 400),
                (test, i, date) ->
                    test.isMeasured()
                        // a value in the test's unit, with up to one decimal (e.g. 95, 11.4, 6.8)
                        ? LabResult.measured(test, java.math.BigDecimal.valueOf(5 + i * 97L, 1), date)
                        : LabResult.of(test, List.copyOf(test.outcomes()).get(i % test.outcomes().size()), date));
    Gen<MenstrualCycle> cycles =
        datesBefore(asOf, 60)
            .zip(
                Generate.range(MenstrualCycle.MIN_CYCLE_DAYS, MenstrualCycle.MAX_CYCLE_DAYS),
                Generate.range(MenstrualCycle.MIN_PERIOD_DAYS, MenstrualCycle.MAX_PERIOD_DAYS),
                (last, cycle, period) ->
                    MenstrualCycle.builder().lastStart(last).cycleDays(cycle).periodDays(period).build());
    Gen<Skin> skins =
        Generate.enumValues(Fitzpatrick.class).toOptionals(30)
            .zip(Generate.enumValues(SkinType.class).toOptionals(30), (f, t) -> Skin.builder().fitzpatrick(f).type(t).build());
    Gen<Lifestyle> lifestyles =
        Generate.booleans().toOptionals(30)
            .zip(Generate.booleans().toOptionals(30), (s, f) -> Lifestyle.builder().smoker(s).frequentSolarium(f).build());
    return rnd -> {
      java.util.Optional<Sex> sex = Generate.enumValues(Sex.class).toOptionals(30).generate(rnd);
      // A man is never recorded as pregnant or with a cycle: the validator rejects it.
      boolean male = sex.filter(x -> x == Sex.MALE).isPresent();
      java.util.Optional<PregnancyStatus> pregnancy =
          Generate.enumValues(PregnancyStatus.class).toOptionals(30).generate(rnd)
              .map(p -> male ? PregnancyStatus.NONE : p);
      java.util.Optional<MenstrualCycle> cycle =
          cycles.toOptionals(30).generate(rnd).filter(c -> !male)
              .map(c -> Generate.range(0, 5).generate(rnd) == 0
                  ? MenstrualCycle.builder().cycle(Generate.pick(List.of(CyclePattern.IRREGULAR, CyclePattern.NONE)).generate(rnd)).build()
                  : c);
      java.util.Optional<Reproductive> reproductive =
          male
              ? java.util.Optional.empty()
              : Generate.booleans().toOptionals(50).zip(
                      datesBefore(asOf, 400).toOptionals(50),
                      Generate.pick(List.of(LabOutcome.NEGATIVE, LabOutcome.POSITIVE, LabOutcome.INDETERMINATE))
                          .zip(datesBefore(asOf, 60), PregnancyTest::of).toOptionals(50),
                      (trying, delivered, test) ->
                          (Reproductive) Reproductive.builder().tryingToConceive(trying).deliveredOn(delivered).pregnancyTest(test).build())
                  .toOptionals(70)
                  .generate(rnd);
      java.util.Optional<List<Condition>> conditions = distinct(Condition.class, 0).toOptionals(30).generate(rnd);
      // Some conditions in object form: a status, a since-day, both or neither.
      List<ConditionDetail> details = new java.util.ArrayList<>();
      for (Condition c : conditions.orElse(List.of())) {
        if (Generate.booleans().generate(rnd)) {
          details.add(
              ConditionDetail.builder()
                  .code(c)
                  .status(Generate.enumValues(ConditionStatus.class).toOptionals(30).generate(rnd))
                  .since(datesBefore(asOf, 4000).toOptionals(50).generate(rnd))
                  .build());
        }
      }
      return PatientProfile.builder()
            .birthDate(datesBefore(asOf, 365 * 90).toOptionals(30).generate(rnd))
            .sex(sex)
            .pregnancy(pregnancy)
            .conditions(conditions)
            .conditionDetails(details)
            .medications(lists().of(medications).ofSizeBetween(0, 3).toOptionals(30).generate(rnd))
            .allergies(distinct(Allergy.class, 0).toOptionals(30).generate(rnd))
            .areaFindings(
                lists()
                    .of(Generate.enumValues(BodyArea.class).zip(Generate.enumValues(AreaCondition.class), AreaFinding::of))
                    .ofSizeBetween(0, 3)
                    .toOptionals(30)
                    .generate(rnd))
            .procedures(
                lists()
                    .of(
                        Generate.enumValues(ProcedureKind.class)
                            .zip(
                                Generate.enumValues(BodyArea.class),
                                datesBefore(asOf, 400),
                                Procedure::of))
                    .ofSizeBetween(0, 3)
                    .toOptionals(30)
                    .generate(rnd))
            .skin(skins.toOptionals(30).generate(rnd))
            .menstruation(cycle)
            .reproductive(reproductive)
            .labResults(lists().of(labs).ofSizeBetween(0, 3).generate(rnd))
            .lifestyle(lifestyles.toOptionals(30).generate(rnd))
            .build();
    };
  }

  static Gen<CalendarConstraints> calendars() {
    Gen<CalendarEvent> events =
        ranges()
            .zip(texts().toOptionals(30), (days, name) -> ImmutableCalendarEvent.builder().days(days).name(name).build());
    return rnd ->
        CalendarConstraints.builder()
            .openDays(
                distinct(DayOfWeek.class, 0)
                    .map(days -> days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days))
                    .generate(rnd))
            .closedDates(lists().of(dates()).ofSizeBetween(0, 4).generate(rnd))
            .unavailable(lists().of(ranges()).ofSizeBetween(0, 3).generate(rnd))
            .events(lists().of(events).ofSizeBetween(0, 3).generate(rnd))
            .build();
  }

  /**
   * One part of a combination: mostly a bare id (the string form), sometimes an object with its own
   * indication, areas and assessment (contract.md, "Additions": treatments[] objects).
   */
  static Gen<org.regimen.request.CombinedTreatment> combinedTreatments(String id) {
    return rnd -> {
      if (Generate.range(0, 2).generate(rnd) != 0) {
        return org.regimen.request.CombinedTreatment.of(id);
      }
      var part = org.regimen.request.CombinedTreatment.builder().treatment(id);
      Optional<Indication> own = Generate.enumValues(Indication.class).toOptionals(50).generate(rnd);
      part.indication(own);
      part.areas(distinct(BodyArea.class, 0).generate(rnd));
      if (own.isPresent() && own.get() != Indication.STRETCH_MARKS && own.get() != Indication.SKIN_LAXITY) {
        // One severity per part: a general one only where no striae or laxity can apply.
        part.assessment(
            Generate.enumValues(Severity.class)
                .toOptionals(30)
                .map(severity -> Assessment.builder().severity(severity).build())
                .toOptionals(50)
                .generate(rnd));
      }
      if (own.equals(Optional.of(Indication.STRETCH_MARKS)) && Generate.booleans().generate(rnd)) {
        part.striae(StriaeAssessment.builder()
            .stage(Generate.enumValues(StriaeStage.class).toOptionals(30).generate(rnd))
            .build());
      }
      if (own.equals(Optional.of(Indication.SKIN_LAXITY)) && Generate.booleans().generate(rnd)) {
        part.laxity(LaxityAssessment.builder().build());
      }
      return part.build();
    };
  }

  /**
   * Per-area severities (issue 12), often none: some of {@code areas}, each once, with any severity.
   */
  static Gen<List<org.regimen.request.AreaAssessment>> areaAssessments(List<BodyArea> areas) {
    return rnd -> {
      List<org.regimen.request.AreaAssessment> out = new ArrayList<>();
      if (Generate.range(0, 2).generate(rnd) != 0) {
        return out;
      }
      for (BodyArea area : areas) {
        if (Generate.booleans().generate(rnd)) {
          out.add(org.regimen.request.AreaAssessment.of(area, Generate.enumValues(Severity.class).generate(rnd)));
        }
      }
      return out;
    };
  }

  static Gen<TreatmentRequest> requests() {
    Gen<String> moduleIds = Generate.pick(List.of("prp", "stemcell", "mesotherapy", "plasma"));
    Gen<String> languages = Generate.pick(List.of("en", "fr", "de", "zz"));
    return rnd -> {
      LocalDate asOf = dates().generate(rnd);
      Indication indication = Generate.enumValues(Indication.class).generate(rnd);
      List<BodyArea> areas = distinct(BodyArea.class, 1).generate(rnd);
      var b =
          TreatmentRequest.builder()
              .id(ids().toOptionals(30).generate(rnd))
              .asOf(asOf)
              .language(languages.toOptionals(30).generate(rnd))
              .currency(Generate.enumValues(Currency.class).generate(rnd))
              .indication(indication)
              .areas(areas)
              .earliestStart(Generate.range(0, 90).map(asOf::plusDays).toOptionals(30).generate(rnd))
              .patient(patients(asOf).generate(rnd))
              .calendar(calendars().generate(rnd));
      if (Generate.booleans().generate(rnd)) {
        b.clinic(
            Clinic.builder()
                .name(texts().toOptionals(30).generate(rnd))
                .phone(texts().toOptionals(30).generate(rnd))
                .build());
      }
      int form = Generate.range(0, 2).generate(rnd);
      if (form == 1) {
        b.treatment(moduleIds.generate(rnd));
      } else if (form == 2) {
        List<org.regimen.request.CombinedTreatment> parts = new ArrayList<>();
        for (String id : new java.util.LinkedHashSet<>(lists().of(moduleIds).ofSizeBetween(1, 4).generate(rnd))) {
          parts.add(combinedTreatments(id).generate(rnd));
        }
        b.treatments(parts);
      }
      if (indication == Indication.STRETCH_MARKS && Generate.booleans().generate(rnd)) {
        b.striae(
            StriaeAssessment.builder()
                .stage(Generate.enumValues(StriaeStage.class).toOptionals(30).generate(rnd))
                .ageMonths(Generate.range(0, 1200).toOptionals(30).generate(rnd))
                .severity(Generate.enumValues(Severity.class).toOptionals(30).generate(rnd))
                .build());
      }
      if (indication == Indication.SKIN_LAXITY && Generate.booleans().generate(rnd)) {
        b.laxity(
            LaxityAssessment.builder()
                .severity(Generate.enumValues(Severity.class).toOptionals(30).generate(rnd))
                .build());
      }
      if (Generate.range(0, 3).generate(rnd) == 0) {
        b.history(histories(asOf, moduleIds).generate(rnd));
      }
      if (indication != Indication.STRETCH_MARKS && indication != Indication.SKIN_LAXITY
          && Generate.booleans().generate(rnd)) {
        // The general assessment, for an indication without its own (one severity per request).
        b.assessment(
            org.regimen.request.Assessment.builder()
                .severity(Generate.enumValues(Severity.class).toOptionals(30).generate(rnd))
                .areas(areaAssessments(areas).generate(rnd))
                .build());
      }
      return b.build();
    };
  }

  /** Past sessions on or before {@code asOf}, of any module, with reactions and adverse events. */
  static Gen<org.regimen.request.History> histories(LocalDate asOf, Gen<String> moduleIds) {
    return rnd -> {
      var history = org.regimen.request.History.builder();
      int count = Generate.range(0, 4).generate(rnd);
      for (int i = 0; i < count; i++) {
        history.addSessions(
            org.regimen.request.PastSession.builder()
                .treatment(moduleIds.generate(rnd))
                .date(asOf.minusDays(Generate.range(0, 400).generate(rnd)))
                .areas(distinct(BodyArea.class, 0).generate(rnd))
                .reactions(lists().of(Generate.pick(List.of("BRUISING", "SWELLING", "REDNESS"))).ofSizeBetween(0, 2).generate(rnd))
                .adverse(distinct(org.regimen.request.AdverseEvent.class, 0).generate(rnd))
                .build());
      }
      if (count > 0) {
        history.response(Generate.enumValues(org.regimen.request.CourseResponse.class).toOptionals(50).generate(rnd));
      }
      return history.build();
    };
  }
}
