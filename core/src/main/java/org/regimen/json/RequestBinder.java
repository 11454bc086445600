package org.regimen.json;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regimen.dates.DateRange;
import org.regimen.json.TreeReader.Fields;
import org.regimen.request.Allergy;
import org.regimen.request.AreaAssessment;
import org.regimen.request.AreaCondition;
import org.regimen.request.AreaFinding;
import org.regimen.request.Assessment;
import org.regimen.request.BodyArea;
import org.regimen.request.CalendarConstraints;
import org.regimen.request.CalendarEvent;
import org.regimen.request.Clinic;
import org.regimen.request.CombinedTreatment;
import org.regimen.request.Condition;
import org.regimen.request.ConditionDetail;
import org.regimen.request.ConditionStatus;
import org.regimen.request.Currency;
import org.regimen.request.CyclePattern;
import org.regimen.request.Fitzpatrick;
import org.regimen.request.ImmutableAreaAssessment;
import org.regimen.request.ImmutableAreaFinding;
import org.regimen.request.ImmutableCalendarEvent;
import org.regimen.request.ImmutableCombinedTreatment;
import org.regimen.request.ImmutableLabResult;
import org.regimen.request.ImmutableMedication;
import org.regimen.request.ImmutablePatientProfile;
import org.regimen.request.ImmutablePregnancyTest;
import org.regimen.request.ImmutableProcedure;
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
import org.regimen.validation.RequestValidator;

/**
 * Binds a request tree to a {@link TreatmentRequest} by hand: every key is named here, so nothing
 * the input says can pick a type or reach a setter the contract does not list.
 */
final class RequestBinder {
  static final AllowedFields REQUEST =
      new AllowedFields(
          "id", "asOf", "language", "currency", "clinic", "treatment", "treatments", "indication",
          "striae", "laxity", "assessment", "areas", "earliestStart", "patient", "calendar",
          "history");
  static final AllowedFields TREATMENT_PART =
      new AllowedFields("treatment", "indication", "areas", "assessment", "striae", "laxity");
  static final AllowedFields CLINIC = new AllowedFields("name", "phone", "maxVisitMinutes", "variant");
  static final AllowedFields STRIAE = new AllowedFields("stage", "ageMonths", "severity");
  static final AllowedFields LAXITY = new AllowedFields("severity");
  static final AllowedFields ASSESSMENT = new AllowedFields("severity", "areas");
  static final AllowedFields AREA_ASSESSMENT = new AllowedFields("area", "severity");
  static final AllowedFields PATIENT =
      new AllowedFields(
          "birthDate", "sex", "pregnancy", "conditions", "medications", "allergies",
          "areaFindings", "procedures", "skin", "menstruation", "labResults", "lifestyle",
          "reproductive");
  static final AllowedFields CONDITION = new AllowedFields("code", "status", "since");
  static final AllowedFields MEDICATION = new AllowedFields("kind", "from", "until", "prescribed", "area");
  static final AllowedFields AREA_FINDING = new AllowedFields("area", "finding");
  static final AllowedFields PROCEDURE = new AllowedFields("kind", "area", "date");
  static final AllowedFields SKIN = new AllowedFields("fitzpatrick", "type");
  static final AllowedFields MENSTRUATION =
      new AllowedFields("cycle", "lastStart", "cycleDays", "periodDays");
  static final AllowedFields REPRODUCTIVE =
      new AllowedFields("tryingToConceive", "deliveredOn", "pregnancyTest");
  static final AllowedFields PREGNANCY_TEST = new AllowedFields("result", "date");
  static final AllowedFields LAB_RESULT =
      new AllowedFields("test", "result", "value", "unit", "date");
  static final AllowedFields LIFESTYLE = new AllowedFields("smoker", "frequentSolarium");
  static final AllowedFields CALENDAR =
      new AllowedFields("openDays", "closedDates", "unavailable", "events");
  static final AllowedFields RANGE = new AllowedFields("from", "to");
  static final AllowedFields EVENT = new AllowedFields("from", "to", "name", "kind");

  static final String RANGE_REVERSED = "must not end before it starts (to is before from)";

  private final TreeReader r;
  private final Optional<LocalDate> defaultAsOf;

  RequestBinder(TreeReader reader, Optional<LocalDate> defaultAsOf) {
    this.r = reader;
    this.defaultAsOf = defaultAsOf;
  }

  ValueReader<TreatmentRequest> request() {
    return r.object(REQUEST, this::request);
  }

  private TreatmentRequest request(Fields f) {
    ImmutableTreatmentRequest.Builder b = TreatmentRequest.builder();
    f.optional("id", r.text()).ifPresent(b::id);
    Optional<LocalDate> asOf =
        defaultAsOf.isPresent()
            ? f.optional("asOf", r.date()).or(() -> defaultAsOf)
            : f.required("asOf", r.date());
    asOf.ifPresent(b::asOf);
    f.optional("language", r.text()).ifPresent(b::language);
    f.optional("currency", r.oneOf(Currency.class)).ifPresent(b::currency);
    f.optional("clinic", r.object(CLINIC, this::clinic)).ifPresent(b::clinic);
    f.optional("treatment", r.text()).ifPresent(b::treatment);
    // The paths of the elements of treatments that name no indication of their own, and whether any does.
    List<String> withoutIndication = new ArrayList<>();
    boolean[] anyOwn = {false};
    List<CombinedTreatment> parts = List.of();
    if (f.has("treatment") && f.has("treatments")) {
      r.problem(f.path("treatments"), RequestValidator.BOTH_TREATMENT_FORMS);
    } else {
      parts = f.list("treatments", combinedTreatment(withoutIndication, anyOwn));
      b.treatments(parts);
    }
    if (f.has("indication") || !anyOwn[0]) {
      f.required("indication", r.oneOf(Indication.class)).ifPresent(b::indication);
    } else {
      // Every part then needs its own: the first one's stands for the request (the plan's indication).
      for (String path : withoutIndication) {
        r.problem(Paths.field(path, "indication"), "is required when the request has no indication of its own");
      }
      parts.stream().flatMap(p -> p.indication().stream()).findFirst().ifPresent(b::indication);
    }
    f.optional("striae", r.object(STRIAE, this::striae)).ifPresent(b::striae);
    f.optional("laxity", r.object(LAXITY, this::laxity)).ifPresent(b::laxity);
    f.optional("assessment", r.object(ASSESSMENT, this::assessment)).ifPresent(b::assessment);
    b.areas(f.list("areas", r.oneOf(BodyArea.class)));
    f.optional("earliestStart", r.date()).ifPresent(b::earliestStart);
    f.required("patient", r.object(PATIENT, this::patient)).ifPresent(b::patient);
    f.optional("calendar", r.object(CALENDAR, this::calendar)).ifPresent(b::calendar);
    f.optional("history", new HistoryJson(r).history()).ifPresent(b::history);
    return b.build();
  }

  /**
   * An element of {@code treatments}: a module id (a string), or an object naming the treatment and,
   * optionally, its own indication, areas and assessment. Records the path of each element that names
   * no indication of its own, and whether any does.
   */
  private ValueReader<CombinedTreatment> combinedTreatment(List<String> withoutIndication, boolean[] anyOwn) {
    ValueReader<String> id = r.text();
    ValueReader<CombinedTreatment> object = r.object(TREATMENT_PART, this::treatmentPart);
    return (node, path) -> {
      if (node.isObject() && node.has("indication")) {
        anyOwn[0] = true;
      } else {
        withoutIndication.add(path);
      }
      if (node.isObject()) {
        return object.read(node, path);
      }
      if (!node.isTextual()) {
        r.problem(path, "must be a module id (a string) or an object with treatment, indication, areas, assessment");
        return Optional.empty();
      }
      return id.read(node, path).map(CombinedTreatment::of);
    };
  }

  private CombinedTreatment treatmentPart(Fields f) {
    ImmutableCombinedTreatment.Builder b = CombinedTreatment.builder();
    f.required("treatment", r.text()).ifPresent(b::treatment);
    f.optional("indication", r.oneOf(Indication.class)).ifPresent(b::indication);
    long before = r.problemCount();
    Optional<List<BodyArea>> areas = f.optional("areas", r.listOf(r.oneOf(BodyArea.class)));
    if (areas.isPresent() && areas.get().isEmpty() && r.problemCount() == before) {
      r.problem(f.path("areas"), "must not be empty: list the areas, or leave the key out for the request's areas");
    }
    areas.ifPresent(b::areas);
    f.optional("assessment", r.object(ASSESSMENT, this::assessment)).ifPresent(b::assessment);
    f.optional("striae", r.object(STRIAE, this::striae)).ifPresent(b::striae);
    f.optional("laxity", r.object(LAXITY, this::laxity)).ifPresent(b::laxity);
    return b.build();
  }

  private Clinic clinic(Fields f) {
    return Clinic.builder()
        .name(f.optional("name", r.text()))
        .phone(f.optional("phone", r.text()))
        .maxVisitMinutes(
            f.optional("maxVisitMinutes", r.integer(Clinic.MIN_VISIT_MINUTES, Clinic.MAX_VISIT_MINUTES_LIMIT)))
        .variant(f.optional("variant", r.text()))
        .build();
  }

  private StriaeAssessment striae(Fields f) {
    return StriaeAssessment.builder()
        .stage(f.optional("stage", r.oneOf(StriaeStage.class)))
        .ageMonths(f.optional("ageMonths", r.integer(0, RequestValidator.MAX_STRIAE_AGE_MONTHS)))
        .severity(f.optional("severity", r.oneOf(Severity.class)))
        .build();
  }

  private LaxityAssessment laxity(Fields f) {
    return LaxityAssessment.builder()
        .severity(f.optional("severity", r.oneOf(Severity.class)))
        .build();
  }

  private Assessment assessment(Fields f) {
    return Assessment.builder()
        .severity(f.optional("severity", r.oneOf(Severity.class)))
        .areas(f.list("areas", r.object(AREA_ASSESSMENT, this::areaAssessment)))
        .build();
  }

  private AreaAssessment areaAssessment(Fields f) {
    ImmutableAreaAssessment.Builder b = ImmutableAreaAssessment.builder();
    f.required("area", r.oneOf(BodyArea.class)).ifPresent(b::area);
    f.required("severity", r.oneOf(Severity.class)).ifPresent(b::severity);
    return b.build();
  }

  private PatientProfile patient(Fields f) {
    ImmutablePatientProfile.Builder b = PatientProfile.builder();
    b.birthDate(f.optional("birthDate", r.date()));
    b.sex(f.optional("sex", r.oneOf(Sex.class)));
    b.pregnancy(f.optional("pregnancy", r.oneOf(PregnancyStatus.class)));
    // Absent lists stay unknown; [] is "known: none".
    List<ConditionDetail> details = new ArrayList<>();
    b.conditions(f.optional("conditions", r.listOf(conditionEntry(details))));
    b.conditionDetails(details);
    b.medications(f.optional("medications", r.listOf(r.object(MEDICATION, this::medication))));
    b.allergies(f.optional("allergies", r.listOf(r.oneOf(Allergy.class))));
    b.areaFindings(
        f.optional("areaFindings", r.listOf(r.object(AREA_FINDING, this::areaFinding))));
    b.procedures(f.optional("procedures", r.listOf(r.object(PROCEDURE, this::procedure))));
    b.skin(f.optional("skin", r.object(SKIN, this::skin)));
    b.menstruation(f.optional("menstruation", r.object(MENSTRUATION, this::menstruation)));
    b.labResults(f.list("labResults", r.object(LAB_RESULT, this::labResult)));
    b.lifestyle(f.optional("lifestyle", r.object(LIFESTYLE, this::lifestyle)));
    b.reproductive(f.optional("reproductive", r.object(REPRODUCTIVE, this::reproductive)));
    return b.build();
  }

  /** A bare code, or an object whose status and since go to {@code details}. */
  private ValueReader<Condition> conditionEntry(List<ConditionDetail> details) {
    ValueReader<Condition> code = r.oneOf(Condition.class);
    ValueReader<ConditionDetail> object = r.object(CONDITION, this::conditionDetail);
    return (node, path) -> {
      if (node.isObject()) {
        Optional<ConditionDetail> detail = object.read(node, path);
        detail.ifPresent(details::add);
        return detail.map(ConditionDetail::code);
      }
      return code.read(node, path);
    };
  }

  private ConditionDetail conditionDetail(Fields f) {
    var b = ConditionDetail.builder();
    f.required("code", r.oneOf(Condition.class)).ifPresent(b::code);
    b.status(f.optional("status", r.oneOf(ConditionStatus.class)));
    b.since(f.optional("since", r.date()));
    return b.build();
  }

  private Medication medication(Fields f) {
    ImmutableMedication.Builder b = ImmutableMedication.builder();
    f.required("kind", r.oneOf(MedicationKind.class)).ifPresent(b::kind);
    b.from(f.optional("from", r.date()));
    b.until(f.optional("until", r.date()));
    b.prescribed(f.optional("prescribed", r.bool()));
    b.area(f.optional("area", r.oneOf(BodyArea.class)));
    return b.build();
  }

  private AreaFinding areaFinding(Fields f) {
    ImmutableAreaFinding.Builder b = ImmutableAreaFinding.builder();
    f.required("area", r.oneOf(BodyArea.class)).ifPresent(b::area);
    f.required("finding", r.oneOf(AreaCondition.class)).ifPresent(b::finding);
    return b.build();
  }

  private Procedure procedure(Fields f) {
    ImmutableProcedure.Builder b = ImmutableProcedure.builder();
    f.required("kind", r.oneOf(ProcedureKind.class)).ifPresent(b::kind);
    f.required("area", r.oneOf(BodyArea.class)).ifPresent(b::area);
    f.required("date", r.date()).ifPresent(b::date);
    return b.build();
  }

  private Skin skin(Fields f) {
    return Skin.builder()
        .fitzpatrick(f.optional("fitzpatrick", r.oneOf(Fitzpatrick.class)))
        .type(f.optional("type", r.oneOf(SkinType.class)))
        .build();
  }

  /** Which values a pattern needs or refuses is checked by the validator, with their paths. */
  private MenstrualCycle menstruation(Fields f) {
    var b = MenstrualCycle.builder();
    Optional<CyclePattern> cycle = f.optional("cycle", r.oneOf(CyclePattern.class));
    if (f.has("cycle") && cycle.isEmpty()) {
      // A bad pattern is its own problem: reading it as REGULAR would ask for values it may not need.
      throw new IllegalStateException("explained by the cycle's problem");
    }
    b.cycle(cycle);
    b.lastStart(f.optional("lastStart", r.date()));
    b.cycleDays(
        f.optional(
            "cycleDays", r.integer(MenstrualCycle.MIN_CYCLE_DAYS, MenstrualCycle.MAX_CYCLE_DAYS)));
    b.periodDays(
        f.optional(
            "periodDays",
            r.integer(MenstrualCycle.MIN_PERIOD_DAYS, MenstrualCycle.MAX_PERIOD_DAYS)));
    return b.build();
  }

  private Reproductive reproductive(Fields f) {
    return Reproductive.builder()
        .tryingToConceive(f.optional("tryingToConceive", r.bool()))
        .deliveredOn(f.optional("deliveredOn", r.date()))
        .pregnancyTest(f.optional("pregnancyTest", r.object(PREGNANCY_TEST, this::pregnancyTest)))
        .build();
  }

  private PregnancyTest pregnancyTest(Fields f) {
    var b = ImmutablePregnancyTest.builder();
    f.required("result", r.oneOf(LabOutcome.class)).ifPresent(b::result);
    f.required("date", r.date()).ifPresent(b::date);
    return b.build();
  }

  private LabResult labResult(Fields f) {
    ImmutableLabResult.Builder b = ImmutableLabResult.builder();
    f.required("test", r.oneOf(LabTest.class)).ifPresent(b::test);
    // Which of result or value and unit a test takes is the validator's check, with its paths.
    b.result(f.optional("result", r.oneOf(LabOutcome.class)));
    b.value(f.optional("value", r.decimal()));
    b.unit(f.optional("unit", r.text()));
    f.required("date", r.date()).ifPresent(b::date);
    return b.build();
  }

  private Lifestyle lifestyle(Fields f) {
    return Lifestyle.builder()
        .smoker(f.optional("smoker", r.bool()))
        .frequentSolarium(f.optional("frequentSolarium", r.bool()))
        .build();
  }

  private CalendarConstraints calendar(Fields f) {
    var b = CalendarConstraints.builder();
    f.optional("openDays", r.listOf(r.oneOf(DayOfWeek.class))).ifPresent(b::openDays);
    b.closedDates(f.list("closedDates", r.date()));
    b.unavailable(f.list("unavailable", r.object(RANGE, this::range)));
    b.events(f.list("events", r.object(EVENT, this::event)));
    return b.build();
  }

  /** {@code {from, to}}; throws (and so reads as empty) when a part has a problem. */
  private DateRange range(Fields f) {
    Optional<LocalDate> from = f.required("from", r.date());
    Optional<LocalDate> to = f.required("to", r.date());
    return range(f, from, to);
  }

  private DateRange range(Fields f, Optional<LocalDate> from, Optional<LocalDate> to) {
    if (from.isEmpty() || to.isEmpty()) {
      throw new IllegalStateException("explained by the missing end");
    }
    if (to.get().isBefore(from.get())) {
      r.problem(f.path(), RANGE_REVERSED);
      throw new IllegalStateException("explained");
    }
    return DateRange.ofClosed(from.get(), to.get());
  }

  private CalendarEvent event(Fields f) {
    Optional<LocalDate> from = f.required("from", r.date());
    // A missing "to" means a single day; a bad one must not silently become one.
    Optional<LocalDate> to = f.has("to") ? f.optional("to", r.date()) : from;
    ImmutableCalendarEvent.Builder b =
        ImmutableCalendarEvent.builder().days(range(f, from, to)).name(f.optional("name", r.text()));
    f.optional("kind", r.oneOf(org.regimen.request.EventKind.class)).ifPresent(b::kind);
    return b.build();
  }
}
