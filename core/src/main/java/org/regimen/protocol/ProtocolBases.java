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
    SessionTiming timing = course.timing();
    add(path + ".timing.firstAreaMinutes", timing.firstAreaMinutes());
    add(path + ".timing.extraAreaMinutes", timing.extraAreaMinutes());
    add(path + ".timing.minMinutes", timing.minMinutes());
    add(path + ".timing.maxMinutes", timing.maxMinutes());
    add(path + ".timing.visitOverheadMinutes", timing.visitOverheadMinutes());
    timing.maxAreasPerVisit().ifPresent(v -> add(path + ".timing.maxAreasPerVisit", v));
    add(path + ".sessionCount", course.sessionCount());
    for (int i = 0; i < course.sessionRules().size(); i++) {
      SessionRule rule = course.sessionRules().get(i);
      add(path + ".sessionRules[" + i + "]", rule.basis());
      if (rule.interval().isPresent()) {
        interval(path + ".sessionRules[" + i + "].interval", rule.interval().get());
      }
    }
    interval(path + ".interval", course.interval());
    for (int i = 0; i < course.steps().size(); i++) {
      StepSpec step = course.steps().get(i);
      add(path + ".steps[" + i + "]", step.basis());
    }
    add(path + ".timeOfDay", course.timeOfDay());
    add(path + ".fastingHours", course.fastingHours());
    add(path + ".downtime", course.downtime());
    add(path + ".harvestSites", course.harvestSites());
    for (int i = 0; i < course.visits().size(); i++) {
      add(path + ".visits[" + i + "]", course.visits().get(i).basis());
      add(path + ".visits[" + i + "].daysBeforeFirstSession", course.visits().get(i).daysBeforeFirstSession());
    }
    instructions(path + ".preparation", course.preparation());
    instructions(path + ".aftercare", course.aftercare());
    for (int i = 0; i < course.results().size(); i++) {
      ResultSpec result = course.results().get(i);
      add(path + ".results[" + i + "]", result.basis());
    }
    for (int i = 0; i < course.risks().size(); i++) {
      RiskSpec risk = course.risks().get(i);
      add(path + ".risks[" + i + "]", risk.basis());
      if (risk.resolvesBasis().isPresent()) {
        add(path + ".risks[" + i + "].resolves", risk.resolvesBasis().get());
      }
    }
    course.maintenance().ifPresent(m -> add(path + ".maintenance", m.basis()));
    course.price().ifPresent(p -> add(path + ".price", p.basis()));
    for (int i = 0; i < course.notes().size(); i++) {
      add(path + ".notes[" + i + "]", course.notes().get(i));
    }
    course.progress().longBreak().ifPresent(b -> {
      add(path + ".progress.longBreak", b.basis());
      add(path + ".progress.longBreak.afterDays", b.afterDays());
    });
    add(path + ".progress.partialResponseSessions", course.progress().partialResponseSessions());
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
