package org.regimen.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.regimen.dates.DateRange;
import org.regimen.plan.Likelihood;
import org.regimen.plan.RiskSite;
import org.regimen.plan.Session;
import org.regimen.plan.SessionVisit;
import org.regimen.protocol.Course;
import org.regimen.protocol.InstructionSpec;
import org.regimen.protocol.RiskSpec;
import org.regimen.request.BodyArea;

/**
 * No injection into an area while another therapy's injection there heals. For each visit of the
 * earlier course that treats an area the later course treats too, the later course may not take
 * the days of the earlier visit's healing window (its downtime, its aftercare, the healing of its
 * common injection-site side effects: the longest, at the safe end), nor the days whose own healing
 * window would cover that visit. Regimen default: no source plans its injections next to another
 * therapy's; this keeps each area's aftercare and downtime one therapy's at a time.
 */
final class AreaHealingDays {
  private AreaHealingDays() {}

  static List<DateRange> blockedBy(
      List<Session> earlierSessions,
      Course earlier,
      Course later,
      List<BodyArea> laterAreas,
      boolean sameDay) {
    int earlierWindow = healingDays(earlier);
    int laterWindow = healingDays(later);
    List<DateRange> blocked = new ArrayList<>();
    for (Session session : earlierSessions) {
      add(session.date(), session.areas(), laterAreas, earlierWindow, laterWindow, sameDay, blocked);
      for (SessionVisit visit : session.furtherVisits()) {
        add(visit.date(), visit.areas(), laterAreas, earlierWindow, laterWindow, sameDay, blocked);
      }
    }
    return blocked;
  }

  private static void add(
      LocalDate day,
      List<BodyArea> areas,
      List<BodyArea> laterAreas,
      int earlierWindow,
      int laterWindow,
      boolean sameDay,
      List<DateRange> blocked) {
    if (areas.stream().noneMatch(laterAreas::contains)) {
      return;
    }
    // Protocols that both allow sessions on one day may treat the area together in one visit; the
    // days around it stay each therapy's own.
    int skip = sameDay ? 1 : 0;
    if (earlierWindow > skip) {
      blocked.add(DateRange.ofClosed(day.plusDays(skip), day.plusDays(earlierWindow - 1)));
    }
    if (laterWindow > skip) {
      blocked.add(DateRange.ofClosed(day.minusDays(laterWindow - 1), day.minusDays(skip)));
    }
  }

  /**
   * Days, counting the session day, that an injected area heals: the longest of the downtime, the
   * aftercare and the healing of the common side effects at the injection site.
   */
  static int healingDays(Course course) {
    int days = course.downtime().map(d -> d.value().days().max()).orElse(0);
    for (InstructionSpec spec : course.aftercare()) {
      days = Math.max(days, spec.span().days().max());
    }
    for (RiskSpec risk : course.risks()) {
      if (risk.likelihood() == Likelihood.COMMON
          && risk.site() == RiskSite.INJECTION
          && risk.resolves().isPresent()
          && !risk.resolves().get().open()) {
        // A side effect healing in n days keeps the area healing through day n after the session.
        days = Math.max(days, risk.resolves().get().days().max() + 1);
      }
    }
    return days;
  }
}
