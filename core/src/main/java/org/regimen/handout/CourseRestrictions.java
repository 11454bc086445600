package org.regimen.handout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.regimen.dates.DateRange;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;

/**
 * The instructions that hold, without a break, from a treatment's first session to its last: a
 * patient must know up front that, say, weekly plasma sessions mean no sport for the whole course,
 * not find it out session by session.
 */
final class CourseRestrictions {
  /** One instruction and the days it holds without a break, covering the whole course. */
  record Restriction(String text, DateRange days, Optional<String> treatment) {}

  private CourseRestrictions() {}

  static List<Restriction> of(TreatmentPlan plan) {
    Map<Optional<String>, List<Session>> byTreatment = new LinkedHashMap<>();
    for (Session session : plan.sessions()) {
      byTreatment.computeIfAbsent(session.treatment(), k -> new ArrayList<>()).add(session);
    }
    List<Restriction> restrictions = new ArrayList<>();
    byTreatment.forEach((treatment, sessions) -> restrictions.addAll(of(treatment, sessions)));
    return restrictions;
  }

  private static List<Restriction> of(Optional<String> treatment, List<Session> sessions) {
    if (sessions.size() < 2) {
      return List.of(); // one session: its own instructions say it all
    }
    LocalDate first = sessions.get(0).date();
    LocalDate last = sessions.get(sessions.size() - 1).date();
    Map<String, List<DateRange>> daysByText = new LinkedHashMap<>();
    for (Session session : sessions) {
      for (List<DatedInstruction> list : List.of(session.before(), session.after())) {
        for (DatedInstruction instruction : list) {
          daysByText.computeIfAbsent(instruction.text(), k -> new ArrayList<>()).add(instruction.days());
        }
      }
    }
    List<Restriction> restrictions = new ArrayList<>();
    daysByText.forEach((text, ranges) -> {
      for (DateRange merged : merge(ranges)) {
        if (!merged.from().isAfter(first) && !merged.to().isBefore(last)) {
          restrictions.add(new Restriction(text, merged, treatment));
        }
      }
    });
    return restrictions;
  }

  /** The Markdown section for the top of the handout; empty when nothing holds for the whole course. */
  static String markdown(TreatmentPlan plan) {
    List<Restriction> restrictions = of(plan);
    if (restrictions.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder("## For the whole course\n\n");
    byDays(restrictions).forEach((days, held) -> {
      String range = PlainWords.range(days);
      text.append(Character.toUpperCase(range.charAt(0))).append(range.substring(1)).append(":\n\n");
      for (Restriction restriction : held) {
        text.append("- ").append(restriction.text());
        restriction.treatment()
            .flatMap(id -> plan.treatments().stream().filter(t -> t.id().equals(id)).findFirst())
            .ifPresent(t -> text.append(" (").append(t.name()).append(')'));
        text.append('\n');
      }
      text.append('\n');
    });
    return text.toString();
  }

  /** The restrictions grouped by their days, so one date range heads all that share it. */
  static Map<DateRange, List<Restriction>> byDays(List<Restriction> restrictions) {
    Map<DateRange, List<Restriction>> byDays = new LinkedHashMap<>();
    for (Restriction restriction : restrictions) {
      byDays.computeIfAbsent(restriction.days(), k -> new ArrayList<>()).add(restriction);
    }
    return byDays;
  }

  /** Ranges that touch or overlap joined into one. */
  static List<DateRange> merge(List<DateRange> ranges) {
    TreeMap<LocalDate, LocalDate> byStart = new TreeMap<>();
    for (DateRange range : ranges) {
      byStart.merge(range.from(), range.to(), (a, b) -> a.isAfter(b) ? a : b);
    }
    List<DateRange> merged = new ArrayList<>();
    LocalDate from = null;
    LocalDate to = null;
    for (Map.Entry<LocalDate, LocalDate> entry : byStart.entrySet()) {
      if (from != null && !entry.getKey().isAfter(to.plusDays(1))) {
        to = entry.getValue().isAfter(to) ? entry.getValue() : to;
        continue;
      }
      if (from != null) {
        merged.add(DateRange.ofClosed(from, to));
      }
      from = entry.getKey();
      to = entry.getValue();
    }
    if (from != null) {
      merged.add(DateRange.ofClosed(from, to));
    }
    return merged;
  }
}
