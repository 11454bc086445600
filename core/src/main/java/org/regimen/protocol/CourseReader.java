package org.regimen.protocol;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.regimen.plan.TimeOfDay;
import org.regimen.request.BodyArea;
import org.regimen.request.Indication;

/**
 * Reads one course and checks what holds across its parts: session rules stay within the session
 * count and end with a catch-all row, intervals are ordered, minutes are positive and ordered.
 */
final class CourseReader {
  static final String COURSE_ID = "[a-z0-9]+(-[a-z0-9]+)*";

  private final ReadContext context;
  private final CourseItemReader items;

  CourseReader(ReadContext context) {
    this.context = context;
    this.items = new CourseItemReader(context);
  }

  Course read(StrictObject o) {
    String id = o.text("id", COURSE_ID, "lower case letters, digits and '-'");
    List<Indication> indications = o.enumList("indications", Indication.class, true);
    List<BodyArea> areas = o.enumList("areas", BodyArea.class, true);
    Sourced<List<String>> practitioners =
        context.sourced(o, "practitioners", true, CourseReader::practitionerCodes);
    Sessions sessions = sessions(o);
    SessionDay day = sessionDay(o);
    Care care = care(o);
    Outlook outlook = outlook(o, sessions.count());
    if (!o.done()) {
      return null;
    }
    ImmutableCourse.Builder course =
        Course.builder().id(id).indications(indications).areas(areas).practitioners(practitioners);
    sessions.addTo(course);
    day.addTo(course);
    care.addTo(course);
    outlook.addTo(course);
    return course.build();
  }

  // A course's keys in four groups, read in the document's order. Each group only holds what was
  // read, nulls included, until the whole course is known to be sound and goes to the builder.

  /** How long a session takes, how many there are, how far apart, and what is done in each. */
  private record Sessions(
      SessionTiming timing,
      Sourced<IntRange> count,
      List<SessionRule> rules,
      Interval interval,
      List<StepSpec> steps) {
    void addTo(ImmutableCourse.Builder course) {
      course.timing(timing).sessionCount(count).sessionRules(rules).interval(interval).steps(steps);
    }
  }

  private Sessions sessions(StrictObject o) {
    SessionTiming timing = o.object("timing", true, this::timing);
    Sourced<IntRange> count =
        context.sourced(
            o, "sessionCount", true, v -> v.object("value", true, r -> CourseItemReader.intRange(r, 1)));
    List<SessionRule> rules = o.objects("sessionRules", true, this::sessionRule);
    requireSessionRulesFit(o, rules, count);
    Interval interval = o.object("interval", true, this::interval);
    List<StepSpec> steps = o.objects("steps", true, items::step);
    o.requireUnique("steps", "code", "step code");
    return new Sessions(timing, count, rules, interval, steps);
  }

  /** The time of day of a session, the fasting before it, its downtime, where tissue is harvested. */
  private record SessionDay(
      Optional<Sourced<TimeOfDay>> timeOfDay,
      Optional<Sourced<Integer>> fastingHours,
      Optional<Sourced<Span>> downtime,
      Optional<Sourced<List<BodyArea>>> harvestSites) {
    void addTo(ImmutableCourse.Builder course) {
      course
          .timeOfDay(timeOfDay)
          .fastingHours(fastingHours)
          .downtime(downtime)
          .harvestSites(harvestSites);
    }
  }

  private SessionDay sessionDay(StrictObject o) {
    return new SessionDay(
        optionalSourced(o, "timeOfDay", v -> v.enumValue("value", TimeOfDay.class)),
        optionalSourced(o, "fastingHours", v -> v.integer("value", 1)),
        optionalSourced(o, "downtime", v -> SpanReader.read(v, "value", true, context.glossary())),
        optionalSourced(o, "harvestSites", v -> v.enumList("value", BodyArea.class, true)));
  }

  private <T> Optional<Sourced<T>> optionalSourced(
      StrictObject o, String key, Function<StrictObject, T> value) {
    return Optional.ofNullable(context.sourced(o, key, false, value));
  }

  /** The visits without treatment, and what the patient does before and after each session. */
  private record Care(
      List<VisitSpec> visits, List<InstructionSpec> preparation, List<InstructionSpec> aftercare) {
    void addTo(ImmutableCourse.Builder course) {
      course.visits(visits).preparation(preparation).aftercare(aftercare);
    }
  }

  private Care care(StrictObject o) {
    List<VisitSpec> visits = o.objects("visits", false, items::visit);
    List<InstructionSpec> preparation = o.objects("preparation", false, items::instruction);
    List<InstructionSpec> aftercare = o.objects("aftercare", false, items::instruction);
    for (int i = 0; i < preparation.size(); i++) {
      if (preparation.get(i) != null && preparation.get(i).blocksProcedures()) {
        o.problem("preparation[" + i + "].blocksProcedures", "only an aftercare instruction can block procedures");
      }
    }
    return new Care(visits, preparation, aftercare);
  }

  /** What the patient can expect: results, risks, upkeep, price, notes, and a course that stalls. */
  private record Outlook(
      List<ResultSpec> results,
      List<RiskSpec> risks,
      Optional<MaintenanceSpec> maintenance,
      Optional<PriceSpec> price,
      List<Sourced<String>> notes,
      ProgressRules progress) {
    void addTo(ImmutableCourse.Builder course) {
      course
          .results(results)
          .risks(risks)
          .maintenance(maintenance)
          .price(price)
          .notes(notes)
          .progress(progress);
    }
  }

  private Outlook outlook(StrictObject o, Sourced<IntRange> sessionCount) {
    List<ResultSpec> results = o.objects("results", false, items::result);
    List<RiskSpec> risks = o.objects("risks", false, items::risk);
    o.requireUnique("risks", "code", "risk code");
    Optional<MaintenanceSpec> maintenance =
        Optional.ofNullable(o.object("maintenance", false, items::maintenance));
    Optional<PriceSpec> price = Optional.ofNullable(o.object("price", false, items::price));
    List<Sourced<String>> notes = o.objects("notes", false, this::sourcedText);
    ProgressRules progress =
        Optional.ofNullable(
                o.object("progress", false, p -> new ProgressReader(context).read(p, sessionCount)))
            .orElse(ProgressRules.NONE);
    return new Outlook(results, risks, maintenance, price, notes, progress);
  }

  private static List<String> practitionerCodes(StrictObject v) {
    List<String> codes = v.textList("value", true);
    for (int i = 0; i < codes.size(); i++) {
      if (!codes.get(i).matches(ReadContext.UPPER_SNAKE_CASE)) {
        v.problem("value[" + i + "]", "must be UPPER_SNAKE_CASE, not '" + codes.get(i) + "'");
      }
    }
    return codes;
  }

  /** A note is a sourced text read in place: {@code {"value": "...", "source", "words"}}. */
  private Sourced<String> sourcedText(StrictObject n) {
    String text = n.text("value");
    Basis basis = context.basis(n);
    return n.done() ? Sourced.of(text, basis) : null;
  }

  /**
   * Minutes of a session. The first area and the limits must be positive (a session takes time);
   * an extra area or the visit overhead may add nothing.
   */
  private SessionTiming timing(StrictObject o) {
    Sourced<Integer> firstArea = minutes(o, "firstAreaMinutes", 1);
    Sourced<Integer> extraArea = minutes(o, "extraAreaMinutes", 0);
    Sourced<Integer> min = minutes(o, "minMinutes", 1);
    Sourced<Integer> max = minutes(o, "maxMinutes", 1);
    Sourced<Integer> overhead = minutes(o, "visitOverheadMinutes", 0);
    Sourced<Integer> maxAreas = context.sourced(o, "maxAreasPerVisit", false, v -> v.integer("value", 1));
    if (min != null && max != null && max.value() < min.value()) {
      o.problem("maxMinutes.value", "must be at least minMinutes (" + min.value() + ")");
    }
    if (maxAreas != null && firstArea != null && extraArea != null && max != null
        && firstArea.value() + extraArea.value() * (maxAreas.value() - 1) > max.value()) {
      // A visit of the most areas must fit the cap, or the cap would shorten the time per area.
      o.problem("maxAreasPerVisit.value", "the minutes of this many areas must fit maxMinutes");
    }
    if (!o.done()) {
      return null;
    }
    return SessionTiming.builder()
        .firstAreaMinutes(firstArea)
        .extraAreaMinutes(extraArea)
        .minMinutes(min)
        .maxMinutes(max)
        .visitOverheadMinutes(overhead)
        .maxAreasPerVisit(java.util.Optional.ofNullable(maxAreas))
        .build();
  }

  private Sourced<Integer> minutes(StrictObject o, String key, int floor) {
    return context.sourced(o, key, true, v -> v.integer("value", floor));
  }

  /** Days between session starts: all at least 1 and min <= preferred <= max. */
  Interval interval(StrictObject o) {
    Sourced<Integer> min = days(o, "minDays");
    Sourced<Integer> preferred = days(o, "preferredDays");
    Sourced<Integer> max = days(o, "maxDays");
    if (min != null && preferred != null && preferred.value() < min.value()) {
      o.problem("preferredDays.value", "must be at least minDays (" + min.value() + ")");
    }
    if (preferred != null && max != null && max.value() < preferred.value()) {
      o.problem("maxDays.value", "must be at least preferredDays (" + preferred.value() + ")");
    }
    if (!o.done()) {
      return null;
    }
    return Interval.builder().minDays(min).preferredDays(preferred).maxDays(max).build();
  }

  private Sourced<Integer> days(StrictObject o, String key) {
    return context.sourced(o, key, true, v -> v.integer("value", 1));
  }

  SessionRule sessionRule(StrictObject o) {
    Match when = MatchReader.read(o, "when", true);
    Integer sessions = o.integer("sessions", 1);
    Optional<Interval> interval = Optional.ofNullable(o.object("interval", false, this::interval));
    Basis basis = context.basis(o);
    if (!o.done()) {
      return null;
    }
    return SessionRule.builder()
        .when(when)
        .sessions(sessions)
        .interval(interval)
        .basis(basis)
        .build();
  }

  /**
   * Every row stays within the protocol's session count, and the last row matches anything so
   * that every request gets a count (the first matching row wins).
   */
  static void requireSessionRulesFit(
      StrictObject o, List<SessionRule> rules, Sourced<IntRange> sessionCount) {
    for (int i = 0; i < rules.size(); i++) {
      SessionRule rule = rules.get(i);
      if (rule != null && sessionCount != null && !sessionCount.value().contains(rule.sessions())) {
        IntRange range = sessionCount.value();
        o.problem(
            "sessionRules[" + i + "].sessions",
            "must lie within sessionCount (" + range.min() + " to " + range.max() + ")");
      }
    }
    if (!rules.isEmpty()) {
      int last = rules.size() - 1;
      SessionRule lastRule = rules.get(last);
      if (lastRule != null && !lastRule.when().equals(Match.ANY)) {
        o.problem("sessionRules[" + last + "].when", "the last row must be empty ({}) to match any request");
      }
    }
  }
}
