package org.regimen.json;

import java.time.LocalDate;
import java.util.Optional;
import org.regimen.dates.DateRange;
import org.regimen.json.TreeReader.Fields;
import org.regimen.plan.Adjustment;
import org.regimen.plan.AdjustmentReason;
import org.regimen.plan.Alternative;
import org.regimen.plan.ImmutableAdjustment;
import org.regimen.plan.Comparison;
import org.regimen.plan.ComparisonOption;
import org.regimen.plan.Conflict;
import org.regimen.plan.ConstraintKind;
import org.regimen.plan.Cost;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.DayRange;
import org.regimen.plan.Eligibility;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.ExcludedArea;
import org.regimen.plan.ImmutableExcludedArea;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.Likelihood;
import org.regimen.plan.Maintenance;
import org.regimen.plan.RequiredTest;
import org.regimen.plan.RequiredTestReason;
import org.regimen.plan.ResultPhase;
import org.regimen.plan.ResultWindow;
import org.regimen.plan.Risk;
import org.regimen.plan.RiskSite;
import org.regimen.plan.Session;
import org.regimen.plan.TimeOfDay;
import org.regimen.plan.TreatmentPlan;
import org.regimen.plan.TreatmentRef;
import org.regimen.plan.Visit;
import org.regimen.plan.VisitKind;
import org.regimen.request.BodyArea;
import org.regimen.request.Currency;
import org.regimen.request.Indication;
import org.regimen.request.LabTest;

/** Reads plans and comparisons back, as strictly as requests: every key is named here. */
final class PlanBinder {
  static final AllowedFields PLAN =
      new AllowedFields(
          "id", "library", "treatment", "treatments", "indication", "language", "eligibility", "history", "sessions",
          "visits", "results", "risks", "maintenance", "cost", "adjustments", "conflicts",
          "notes", "sources", "line");
  static final AllowedFields TREATMENT_REF = new AllowedFields("id", "name", "protocolVersion", "protocolDigest", "baselineDigest", "variant", "indication", "areas");
  static final AllowedFields VARIANT_REF = new AllowedFields("id", "version", "digest");
  static final AllowedFields ELIGIBILITY =
      new AllowedFields("status", "earliestStart", "findings", "excludedAreas", "requiredTests");
  static final AllowedFields FINDING =
      new AllowedFields(
          "code", "severity", "area", "message", "action", "patientMessage", "source",
          "sourceWords", "until", "treatment");
  static final AllowedFields EXCLUDED_AREA = new AllowedFields("area", "code", "treatment");
  static final AllowedFields REQUIRED_TEST = new AllowedFields("test", "reason");
  static final AllowedFields SESSION =
      new AllowedFields(
          "number", "treatment", "date", "minutes", "visitMinutes", "timeOfDay", "fastingHours",
          "areas", "furtherVisits", "harvestSite", "practitioners", "steps", "notes", "downtime",
          "before", "after", "tentative");
  static final AllowedFields SESSION_VISIT = new AllowedFields("date", "areas", "minutes", "visitMinutes");
  static final AllowedFields RANGE = new AllowedFields("from", "to");
  static final AllowedFields INSTRUCTION =
      new AllowedFields("code", "from", "to", "text", "source", "sourceWords");
  static final AllowedFields VISIT = new AllowedFields("kind", "date", "purpose", "treatment");
  static final AllowedFields RESULT =
      new AllowedFields("phase", "from", "to", "source", "sourceWords", "note", "treatment");
  static final AllowedFields RISK =
      new AllowedFields(
          "code", "likelihood", "site", "resolvesInDays", "text", "source", "sourceWords", "note",
          "treatment");
  static final AllowedFields DAY_RANGE = new AllowedFields("min", "max");
  static final AllowedFields MAINTENANCE =
      new AllowedFields("from", "to", "text", "source", "sourceWords", "treatment");
  static final AllowedFields COST = new AllowedFields("currency", "min", "max");
  static final AllowedFields ADJUSTMENT = new AllowedFields("session", "reason", "text", "treatment");
  static final AllowedFields CONFLICT = new AllowedFields("constraint", "session", "text", "treatment");
  static final AllowedFields COMPARISON = new AllowedFields("id", "line", "indication", "options", "alternatives");
  static final AllowedFields ALTERNATIVE =
      new AllowedFields("name", "summary", "source", "sourceWords", "planned");
  static final AllowedFields OPTION =
      new AllowedFields(
          "treatment", "eligibility", "sessionCount", "firstSession", "courseDays", "downtimeDays",
          "results", "cost", "riskCodes", "rankReasons");

  private final TreeReader r;

  PlanBinder(TreeReader reader) {
    this.r = reader;
  }

  ValueReader<TreatmentPlan> plan() {
    return r.object(PLAN, this::plan);
  }

  ValueReader<Comparison> comparison() {
    return r.object(COMPARISON, this::comparison);
  }

  private TreatmentPlan plan(Fields f) {
    var b = TreatmentPlan.builder();
    b.id(f.optional("id", r.text()));
    // A batch's line number: checked, not kept (it belongs to the batch, not to the plan).
    f.optional("line", r.integer(1, Integer.MAX_VALUE));
    f.required("library", r.text()).ifPresent(b::library);
    b.treatment(f.optional("treatment", treatmentRef()));
    b.treatments(f.list("treatments", treatmentRef()));
    if (f.has("treatment") && f.has("treatments")) {
      r.problem(f.path("treatments"), "must not be given together with treatment");
    }
    f.required("indication", r.oneOf(Indication.class)).ifPresent(b::indication);
    f.required("language", r.text()).ifPresent(b::language);
    f.required("eligibility", eligibility()).ifPresent(b::eligibility);
    b.history(f.list("history", new HistoryJson(r).evaluated()));
    b.sessions(f.list("sessions", r.object(SESSION, this::session)));
    b.visits(f.list("visits", r.object(VISIT, this::visit)));
    b.results(f.list("results", result()));
    b.risks(f.list("risks", r.object(RISK, this::risk)));
    b.maintenance(f.optional("maintenance", r.object(MAINTENANCE, this::maintenance)));
    b.cost(f.optional("cost", cost()));
    b.adjustments(f.list("adjustments", r.object(ADJUSTMENT, this::adjustment)));
    b.conflicts(f.list("conflicts", r.object(CONFLICT, this::conflict)));
    b.notes(f.list("notes", r.text()));
    b.sources(f.list("sources", r.text()));
    return b.build();
  }

  private Comparison comparison(Fields f) {
    var b = Comparison.builder();
    b.id(f.optional("id", r.text()));
    f.optional("line", r.integer(1, Integer.MAX_VALUE));
    f.required("indication", r.oneOf(Indication.class)).ifPresent(b::indication);
    b.options(f.list("options", r.object(OPTION, this::option)));
    b.alternatives(f.list("alternatives", r.object(ALTERNATIVE, this::alternative)));
    return b.build();
  }

  private Alternative alternative(Fields f) {
    var b = Alternative.builder();
    f.required("name", r.text()).ifPresent(b::name);
    f.required("summary", r.text()).ifPresent(b::summary);
    f.required("source", r.text()).ifPresent(b::source);
    f.required("sourceWords", r.text()).ifPresent(b::sourceWords);
    if (f.required("planned", r.bool()).orElse(false)) {
      r.problem(f.path("planned"), "must be false: Regimen never plans an alternative");
    }
    return b.build();
  }

  private ComparisonOption option(Fields f) {
    var b = ComparisonOption.builder();
    f.required("treatment", treatmentRef()).ifPresent(b::treatment);
    f.required("eligibility", eligibility()).ifPresent(b::eligibility);
    f.required("sessionCount", count()).ifPresent(b::sessionCount);
    b.firstSession(f.optional("firstSession", r.date()));
    f.required("courseDays", r.longInteger(0, Long.MAX_VALUE)).ifPresent(b::courseDays);
    f.required("downtimeDays", r.longInteger(0, Long.MAX_VALUE)).ifPresent(b::downtimeDays);
    b.results(f.list("results", result()));
    b.cost(f.optional("cost", cost()));
    b.riskCodes(f.list("riskCodes", r.text()));
    b.rankReasons(f.list("rankReasons", r.text()));
    return b.build();
  }

  private ValueReader<Integer> count() {
    return r.integer(0, Integer.MAX_VALUE);
  }

  private ValueReader<TreatmentRef> treatmentRef() {
    return r.object(
        TREATMENT_REF,
        f -> {
          Optional<String> id = f.required("id", r.text());
          Optional<String> name = f.required("name", r.text());
          Optional<String> version = f.required("protocolVersion", r.text());
          Optional<String> protocolDigest = f.required("protocolDigest", r.text());
          Optional<String> baselineDigest = f.required("baselineDigest", r.text());
          Optional<org.regimen.plan.VariantRef> variant =
              f.optional(
                  "variant",
                  r.object(
                      VARIANT_REF,
                      v ->
                          org.regimen.plan.VariantRef.of(
                              v.required("id", r.text()).orElseThrow(),
                              v.required("version", r.text()).orElseThrow(),
                              v.required("digest", r.text()).orElseThrow())));
          return org.regimen.plan.ImmutableTreatmentRef.copyOf(
                  TreatmentRef.of(
                      id.orElseThrow(),
                      name.orElseThrow(),
                      version.orElseThrow(),
                      protocolDigest.orElseThrow(),
                      baselineDigest.orElseThrow()))
              .withVariant(variant)
              .withIndication(f.optional("indication", r.oneOf(org.regimen.request.Indication.class)))
              .withAreas(f.list("areas", r.oneOf(org.regimen.request.BodyArea.class)));
        });
  }

  private ValueReader<Eligibility> eligibility() {
    return r.object(
        ELIGIBILITY,
        f -> {
          var b = Eligibility.builder();
          f.required("status", r.oneOf(EligibilityStatus.class)).ifPresent(b::status);
          b.earliestStart(f.optional("earliestStart", r.date()));
          b.findings(f.list("findings", r.object(FINDING, this::finding)));
          b.excludedAreas(
              f.list(
                  "excludedAreas",
                  r.object(
                      EXCLUDED_AREA,
                      a ->
                          ImmutableExcludedArea.of(
                                  a.required("area", r.oneOf(BodyArea.class)).orElseThrow(),
                                  a.required("code", r.text()).orElseThrow())
                              .withTreatment(a.optional("treatment", r.text())))));
          b.requiredTests(
              f.list(
                  "requiredTests",
                  r.object(
                      REQUIRED_TEST,
                      t ->
                          RequiredTest.of(
                              t.required("test", r.oneOf(LabTest.class)).orElseThrow(),
                              t.required("reason", r.oneOf(RequiredTestReason.class))
                                  .orElseThrow()))));
          return b.build();
        });
  }

  private Finding finding(Fields f) {
    var b = Finding.builder();
    f.required("code", r.text()).ifPresent(b::code);
    f.required("severity", r.oneOf(FindingSeverity.class)).ifPresent(b::severity);
    b.area(f.optional("area", r.oneOf(BodyArea.class)));
    f.required("message", r.text()).ifPresent(b::message);
    f.required("action", r.text()).ifPresent(b::action);
    b.patientMessage(f.optional("patientMessage", r.text()));
    f.required("source", r.text()).ifPresent(b::source);
    f.required("sourceWords", r.text()).ifPresent(b::sourceWords);
    b.until(f.optional("until", r.date()));
    b.treatment(f.optional("treatment", r.text()));
    return b.build();
  }

  private Session session(Fields f) {
    var b = Session.builder();
    f.required("number", r.integer(1, Integer.MAX_VALUE)).ifPresent(b::number);
    b.treatment(f.optional("treatment", r.text()));
    f.required("date", r.date()).ifPresent(b::date);
    f.required("minutes", count()).ifPresent(b::minutes);
    f.required("visitMinutes", count()).ifPresent(b::visitMinutes);
    f.required("timeOfDay", r.oneOf(TimeOfDay.class)).ifPresent(b::timeOfDay);
    b.fastingHours(f.optional("fastingHours", count()));
    b.areas(f.list("areas", r.oneOf(BodyArea.class)));
    b.furtherVisits(f.list("furtherVisits", r.object(SESSION_VISIT, this::sessionVisit)));
    b.harvestSite(f.optional("harvestSite", r.oneOf(BodyArea.class)));
    b.practitioners(f.list("practitioners", r.text()));
    b.steps(f.list("steps", r.text()));
    b.notes(f.list("notes", r.text()));
    b.downtime(f.optional("downtime", r.object(RANGE, this::requiredRange)));
    b.before(f.list("before", r.object(INSTRUCTION, this::instruction)));
    b.after(f.list("after", r.object(INSTRUCTION, this::instruction)));
    f.required("tentative", r.bool()).ifPresent(b::tentative);
    return b.build();
  }

  private org.regimen.plan.SessionVisit sessionVisit(Fields f) {
    var b = org.regimen.plan.SessionVisit.builder();
    f.required("date", r.date()).ifPresent(b::date);
    b.areas(f.list("areas", r.oneOf(BodyArea.class)));
    f.required("minutes", count()).ifPresent(b::minutes);
    f.required("visitMinutes", count()).ifPresent(b::visitMinutes);
    return b.build();
  }

  private DatedInstruction instruction(Fields f) {
    var b = DatedInstruction.builder();
    f.required("code", r.text()).ifPresent(b::code);
    b.days(requiredRange(f));
    f.required("text", r.text()).ifPresent(b::text);
    f.required("source", r.text()).ifPresent(b::source);
    b.sourceWords(f.optional("sourceWords", r.text()));
    return b.build();
  }

  private Visit visit(Fields f) {
    var b = Visit.builder();
    f.required("kind", r.oneOf(VisitKind.class)).ifPresent(b::kind);
    f.required("date", r.date()).ifPresent(b::date);
    f.required("purpose", r.text()).ifPresent(b::purpose);
    b.treatment(f.optional("treatment", r.text()));
    return b.build();
  }

  private ValueReader<ResultWindow> result() {
    return r.object(
        RESULT,
        f -> {
          var b = ResultWindow.builder();
          f.required("phase", r.oneOf(ResultPhase.class)).ifPresent(b::phase);
          b.days(requiredRange(f));
          f.required("source", r.text()).ifPresent(b::source);
          f.required("sourceWords", r.text()).ifPresent(b::sourceWords);
          b.note(f.optional("note", r.text()));
          b.treatment(f.optional("treatment", r.text()));
          return b.build();
        });
  }

  private Risk risk(Fields f) {
    var b = Risk.builder();
    f.required("code", r.text()).ifPresent(b::code);
    f.required("likelihood", r.oneOf(Likelihood.class)).ifPresent(b::likelihood);
    f.required("site", r.oneOf(RiskSite.class)).ifPresent(b::site);
    b.resolvesInDays(
        f.optional(
            "resolvesInDays",
            r.object(
                DAY_RANGE,
                d ->
                    DayRange.of(
                        d.required("min", count()).orElseThrow(),
                        d.required("max", count()).orElseThrow()))));
    f.required("text", r.text()).ifPresent(b::text);
    f.required("source", r.text()).ifPresent(b::source);
    f.required("sourceWords", r.text()).ifPresent(b::sourceWords);
    b.note(f.optional("note", r.text()));
    b.treatment(f.optional("treatment", r.text()));
    return b.build();
  }

  private Maintenance maintenance(Fields f) {
    var b = Maintenance.builder();
    // Both ends or neither: the dates are known only where the source says how long results last.
    if (f.has("from") || f.has("to")) {
      b.days(requiredRange(f));
    }
    f.required("text", r.text()).ifPresent(b::text);
    f.required("source", r.text()).ifPresent(b::source);
    f.required("sourceWords", r.text()).ifPresent(b::sourceWords);
    b.treatment(f.optional("treatment", r.text()));
    return b.build();
  }

  private ValueReader<Cost> cost() {
    return r.object(
        COST,
        f ->
            Cost.of(
                f.required("currency", r.oneOf(Currency.class)).orElseThrow(),
                f.required("min", r.longInteger(0, Long.MAX_VALUE)).orElseThrow(),
                f.required("max", r.longInteger(0, Long.MAX_VALUE)).orElseThrow()));
  }

  private Adjustment adjustment(Fields f) {
    return ImmutableAdjustment.of(
            f.required("session", r.integer(1, Integer.MAX_VALUE)).orElseThrow(),
            f.required("reason", r.oneOf(AdjustmentReason.class)).orElseThrow(),
            f.required("text", r.text()).orElseThrow())
        .withTreatment(f.optional("treatment", r.text()));
  }

  private Conflict conflict(Fields f) {
    var b = Conflict.builder();
    f.required("constraint", r.oneOf(ConstraintKind.class)).ifPresent(b::constraint);
    b.session(f.optional("session", r.integer(1, Integer.MAX_VALUE)));
    f.required("text", r.text()).ifPresent(b::text);
    b.treatment(f.optional("treatment", r.text()));
    return b.build();
  }

  /** {@code from} and {@code to} flattened into {@code f}'s object. */
  private DateRange requiredRange(Fields f) {
    Optional<LocalDate> from = f.required("from", r.date());
    Optional<LocalDate> to = f.required("to", r.date());
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      r.problem(f.path(), RequestBinder.RANGE_REVERSED);
    }
    return DateRange.ofClosed(from.orElseThrow(), to.orElseThrow());
  }
}
