package org.regimen.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regimen.protocol.Basis;
import org.regimen.protocol.Course;
import org.regimen.protocol.InstructionSpec;
import org.regimen.protocol.Interval;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.ResultSpec;
import org.regimen.protocol.RiskSpec;
import org.regimen.protocol.ScreeningRule;
import org.regimen.protocol.SessionRule;
import org.regimen.protocol.SessionTiming;
import org.regimen.protocol.Sourced;
import org.regimen.protocol.StepSpec;

/** Lists every basis in a protocol with the path of the value it supports. */
public final class ProtocolAudit {
  /** A basis and where it stands in the protocol document. */
  public record Located(String path, Basis basis) {}

  private final List<Located> found = new ArrayList<>();

  private ProtocolAudit() {}

  public static List<Located> bases(Protocol protocol) {
    ProtocolAudit audit = new ProtocolAudit();
    for (int i = 0; i < protocol.baselineOverrides().size(); i++) {
      audit.add("baselineOverrides[" + i + "]", protocol.baselineOverrides().get(i).basis());
    }
    for (int i = 0; i < protocol.screening().size(); i++) {
      ScreeningRule rule = protocol.screening().get(i);
      String path = "screening[" + i + "]";
      audit.add(path, rule.basis());
      audit.add(path + ".maxResultAgeDays", rule.maxResultAgeDays());
      audit.add(path + ".turnaroundDays", rule.turnaroundDays());
    }
    for (int i = 0; i < protocol.courses().size(); i++) {
      audit.course("courses[" + i + "]", protocol.courses().get(i));
    }
    return audit.found;
  }

  private void course(String path, Course course) {
    add(path + ".practitioners", course.practitioners());
    SessionTiming timing = course.timing();
    add(path + ".timing.firstAreaMinutes", timing.firstAreaMinutes());
    add(path + ".timing.extraAreaMinutes", timing.extraAreaMinutes());
    add(path + ".timing.minMinutes", timing.minMinutes());
    add(path + ".timing.maxMinutes", timing.maxMinutes());
    add(path + ".timing.visitOverheadMinutes", timing.visitOverheadMinutes());
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
    instructions(path + ".preparation", course.preparation());
    instructions(path + ".aftercare", course.aftercare());
    for (int i = 0; i < course.results().size(); i++) {
      ResultSpec result = course.results().get(i);
      add(path + ".results[" + i + "]", result.basis());
    }
    for (int i = 0; i < course.risks().size(); i++) {
      RiskSpec risk = course.risks().get(i);
      add(path + ".risks[" + i + "]", risk.basis());
    }
    course.maintenance().ifPresent(m -> add(path + ".maintenance", m.basis()));
    course.price().ifPresent(p -> add(path + ".price", p.basis()));
    for (int i = 0; i < course.notes().size(); i++) {
      add(path + ".notes[" + i + "]", course.notes().get(i));
    }
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
