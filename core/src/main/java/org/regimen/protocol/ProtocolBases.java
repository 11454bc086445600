package org.regimen.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lists every basis in a protocol with the path of the value it supports: how reviewers, the
 * contract test and a plan's list of sources reach every source a value cites.
 *
 * @since 0.1.0
 */
public final class ProtocolBases {
  /** A basis and where it stands in the protocol document. */
  public record Located(String path, Basis basis) {}

  private final List<Located> found = new ArrayList<>();

  private ProtocolBases() {}

  /**
   * {@return every basis of one course, with paths relative to the course}
   *
   * @param course a course of a loaded protocol
   */
  public static List<Located> bases(Course course) {
    ProtocolBases audit = new ProtocolBases();
    audit.course("course", course);
    return audit.found;
  }

  /**
   * {@return every basis of the protocol, with paths from the document's root}
   *
   * @param protocol a loaded protocol
   */
  public static List<Located> bases(Protocol protocol) {
    ProtocolBases audit = new ProtocolBases();
    for (int i = 0; i < protocol.baselineOverrides().size(); i++) {
      audit.add("baselineOverrides[" + i + "]", protocol.baselineOverrides().get(i).basis());
    }
    for (int i = 0; i < protocol.screening().size(); i++) {
      ScreeningRule rule = protocol.screening().get(i);
      String path = "screening[" + i + "]";
      audit.add(path, rule.basis());
      audit.add(path + ".maxResultAgeDays", rule.maxResultAgeDays());
      audit.add(path + ".turnaroundDays", rule.turnaroundDays());
      audit.add(path + ".holdDays", rule.holdDays());
      audit.add(path + ".waitAfterDays", rule.waitAfterDays());
    }
    for (int i = 0; i < protocol.notRelevant().size(); i++) {
      audit.add("notRelevant[" + i + "]", protocol.notRelevant().get(i).basis());
    }
    for (int i = 0; i < protocol.courses().size(); i++) {
      audit.course("courses[" + i + "]", protocol.courses().get(i));
    }
    for (int i = 0; i < protocol.alternatives().size(); i++) {
      audit.add("alternatives[" + i + "]", protocol.alternatives().get(i).basis());
    }
    audit.add("sameDayWithOthers", protocol.sameDayWithOthers());
    protocol.sequencing().ifPresent(s -> audit.add("sequencing", s.basis()));
    protocol.bounds().ifPresent(audit::bounds);
    return audit.found;
  }

  private void bounds(SafetyBounds bounds) {
    for (int i = 0; i < bounds.courses().size(); i++) {
      SafetyBounds.CourseBounds course = bounds.courses().get(i);
      String path = "bounds.courses[" + i + "]";
      add(path + ".minIntervalDays", course.minIntervalDays().basis());
      add(path + ".maxSessionsPerCourse", course.maxSessionsPerCourse().basis());
      add(path + ".maxSessionsPerYear", course.maxSessionsPerYear().basis());
      add(path + ".minFastingHours", course.minFastingHours());
    }
    for (int i = 0; i < bounds.labTests().size(); i++) {
      add("bounds.labTests[" + i + "].maxResultAgeDays", bounds.labTests().get(i).maxResultAgeDays().basis());
    }
    add("bounds.strengthenOnly", bounds.strengthenOnly().basis());
  }

  private void course(String path, Course course) {
    add(path + ".practitioners", course.practitioners());
    timing(path + ".timing", course.timing());
    add(path + ".sessionCount", course.sessionCount());
    sessionRules(path + ".sessionRules", course.sessionRules());
    interval(path + ".interval", course.interval());
    for (int i = 0; i < course.steps().size(); i++) {
      add(path + ".steps[" + i + "]", course.steps().get(i).basis());
    }
    add(path + ".timeOfDay", course.timeOfDay());
    add(path + ".fastingHours", course.fastingHours());
    add(path + ".downtime", course.downtime());
    add(path + ".harvestSites", course.harvestSites());
    visits(path + ".visits", course.visits());
    instructions(path + ".preparation", course.preparation());
    instructions(path + ".aftercare", course.aftercare());
    for (int i = 0; i < course.results().size(); i++) {
      add(path + ".results[" + i + "]", course.results().get(i).basis());
    }
    risks(path + ".risks", course.risks());
    course.maintenance().ifPresent(m -> add(path + ".maintenance", m.basis()));
    course.price().ifPresent(p -> add(path + ".price", p.basis()));
    for (int i = 0; i < course.notes().size(); i++) {
      add(path + ".notes[" + i + "]", course.notes().get(i));
    }
    progress(path + ".progress", course.progress());
  }

  private void timing(String path, SessionTiming timing) {
    add(path + ".firstAreaMinutes", timing.firstAreaMinutes());
    add(path + ".extraAreaMinutes", timing.extraAreaMinutes());
    add(path + ".minMinutes", timing.minMinutes());
    add(path + ".maxMinutes", timing.maxMinutes());
    add(path + ".visitOverheadMinutes", timing.visitOverheadMinutes());
    timing.maxAreasPerVisit().ifPresent(v -> add(path + ".maxAreasPerVisit", v));
  }

  private void sessionRules(String path, List<SessionRule> rules) {
    for (int i = 0; i < rules.size(); i++) {
      SessionRule rule = rules.get(i);
      add(path + "[" + i + "]", rule.basis());
      if (rule.interval().isPresent()) {
        interval(path + "[" + i + "].interval", rule.interval().get());
      }
    }
  }

  private void visits(String path, List<VisitSpec> visits) {
    for (int i = 0; i < visits.size(); i++) {
      add(path + "[" + i + "]", visits.get(i).basis());
      add(path + "[" + i + "].daysBeforeFirstSession", visits.get(i).daysBeforeFirstSession());
    }
  }

  private void risks(String path, List<RiskSpec> risks) {
    for (int i = 0; i < risks.size(); i++) {
      RiskSpec risk = risks.get(i);
      add(path + "[" + i + "]", risk.basis());
      if (risk.resolvesBasis().isPresent()) {
        add(path + "[" + i + "].resolves", risk.resolvesBasis().get());
      }
    }
  }

  private void progress(String path, ProgressRules progress) {
    progress.longBreak().ifPresent(b -> {
      add(path + ".longBreak", b.basis());
      add(path + ".longBreak.afterDays", b.afterDays());
    });
    add(path + ".partialResponseSessions", progress.partialResponseSessions());
  }

  private void interval(String path, Interval interval) {
    add(path + ".minDays", interval.minDays());
    add(path + ".preferredDays", interval.preferredDays());
    add(path + ".maxDays", interval.maxDays());
  }

  private void instructions(String path, List<InstructionSpec> specs) {
    for (int i = 0; i < specs.size(); i++) {
      add(path + "[" + i + "]", specs.get(i).basis());
    }
  }

  private void add(String path, Basis basis) {
    found.add(new Located(path, basis));
  }

  private void add(String path, Sourced<?> value) {
    add(path, value.basis());
  }

  private void add(String path, Optional<? extends Sourced<?>> value) {
    value.ifPresent(v -> add(path, v.basis()));
  }
}
