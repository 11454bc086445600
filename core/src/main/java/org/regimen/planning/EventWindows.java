package org.regimen.planning;

import java.util.ArrayList;
import java.util.List;
import org.regimen.plan.Likelihood;
import org.regimen.plan.RiskSite;
import org.regimen.protocol.Course;
import org.regimen.protocol.InstructionSpec;
import org.regimen.protocol.RiskSpec;
import org.regimen.request.CalendarEvent;
import org.regimen.request.EventKind;
import org.regimen.request.PatientProfile;
import org.regimen.scheduling.EventWindow;

/**
 * The days around a session that each kind of event must not meet ({@link InstructionConcerns},
 * "events"): the dated instructions the kind conflicts with (a preparation before the session, an
 * aftercare after it), the visible healing (downtime and common visible side effects) where the kind
 * is about being seen or about the sun, and the healing of a harvest site (flight, sport, sun).
 */
final class EventWindows {
  private EventWindows() {}

  static List<EventWindow> of(Course course, PatientProfile patient, List<CalendarEvent> events) {
    List<EventWindow> windows = new ArrayList<>();
    if (events.isEmpty()) {
      return windows;
    }
    InstructionConcerns table = InstructionConcerns.standard();
    int visible = CoursePlanner.eventClearanceDays(course);
    int harvest = harvestHealingDays(course);
    for (EventKind kind : EventKind.values()) {
      if (events.stream().noneMatch(e -> e.kind() == kind)) {
        continue;
      }
      InstructionConcerns.EventConflicts conflicts = table.event(kind);
      // The session day itself is never an event day: the patient is at the clinic.
      windows.add(new EventWindow(kind, 0, conflicts.visibleHealing() ? visible : 0));
      if (conflicts.harvestHealing() && harvest > 0) {
        windows.add(new EventWindow(kind, 0, harvest));
      }
      for (InstructionSpec spec : DatedInstructions.forPatient(course.preparation(), patient)) {
        if (conflicts.instructions().contains(spec.code())) {
          int lead = spec.span().days().max();
          windows.add(lead == 0 ? new EventWindow(kind, 0, 0) : new EventWindow(kind, -lead, -1));
        }
      }
      for (InstructionSpec spec : course.aftercare()) {
        if (conflicts.instructions().contains(spec.code())) {
          windows.add(new EventWindow(kind, 0, Math.max(1, spec.span().days().max()) - 1));
        }
      }
    }
    return windows;
  }

  /** Days after a session a harvest wound heals: its common side effects, at the safe end. */
  static int harvestHealingDays(Course course) {
    int days = 0;
    for (RiskSpec risk : course.risks()) {
      if (risk.site() == RiskSite.HARVEST
          && risk.likelihood() == Likelihood.COMMON
          && risk.resolves().isPresent()
          && !risk.resolves().get().open()) {
        days = Math.max(days, risk.resolves().get().days().max());
      }
    }
    return days;
  }
}
