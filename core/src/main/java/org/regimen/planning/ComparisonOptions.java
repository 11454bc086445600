package org.regimen.planning;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.regimen.plan.ComparisonOption;
import org.regimen.plan.Risk;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;

/** Condenses a plan into one option of a comparison. */
final class ComparisonOptions {
  private ComparisonOptions() {}

  /**
   * Eligible options first (by status, weakest restriction first), then the shorter course, then
   * the fewer downtime days, then the module id so the order never depends on discovery order.
   */
  static final Comparator<ComparisonOption> ORDER =
      Comparator.comparing((ComparisonOption o) -> o.eligibility().status())
          .thenComparing(o -> o.sessionCount() == 0)
          .thenComparingLong(ComparisonOption::courseDays)
          .thenComparingLong(ComparisonOption::downtimeDays)
          .thenComparing(o -> o.treatment().id());

  static ComparisonOption of(TreatmentPlan plan) {
    List<Session> sessions = plan.sessions();
    long courseDays =
        sessions.isEmpty()
            ? 0
            : ChronoUnit.DAYS.between(sessions.get(0).date(), sessions.get(sessions.size() - 1).date()) + 1;
    long downtimeDays = 0;
    for (Session session : sessions) {
      downtimeDays += session.downtime().map(d -> d.lengthInDays()).orElse(0L);
    }
    List<String> riskCodes = new ArrayList<>();
    for (Risk risk : plan.risks()) {
      riskCodes.add(risk.code());
    }
    return ComparisonOption.builder()
        .treatment(plan.treatment().orElseThrow())
        .eligibility(plan.eligibility())
        .sessionCount(sessions.size())
        .courseDays(courseDays)
        .downtimeDays(downtimeDays)
        .results(plan.results())
        .cost(plan.cost())
        .riskCodes(riskCodes)
        .build();
  }
}
