package org.regimen.planning;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.regimen.plan.ComparisonOption;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Likelihood;
import org.regimen.plan.Risk;
import org.regimen.plan.RiskSite;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;

/**
 * Condenses a plan into one option of a comparison, and orders the options (docs/contract.md,
 * "Comparison"): eligibility first; then fewer sessions, fewer downtime days, and a less invasive
 * procedure; then the module id. Course length is not a criterion: a short course of harvests is
 * not lighter than a long course of small injections.
 */
final class ComparisonOptions {
  /** Session steps that take something from the body, by how invasive they are. */
  private static final List<String> BLOOD_DRAW_STEPS = List.of("BLOOD_DRAW");

  private static final List<String> HARVEST_STEPS = List.of("FAT_HARVEST");

  private ComparisonOptions() {}

  /** An option with how invasive its sessions are, which orders it but is not part of the JSON. */
  private record Ranked(ComparisonOption option, int invasiveness) {}

  private static final Comparator<Ranked> ORDER =
      Comparator.comparing((Ranked r) -> r.option().eligibility().status())
          .thenComparing(r -> r.option().sessionCount() == 0)
          .thenComparingInt(r -> r.option().sessionCount())
          .thenComparingLong(r -> r.option().downtimeDays())
          .thenComparingInt(Ranked::invasiveness)
          .thenComparing(r -> r.option().treatment().id());

  /** One option per plan, in the comparison's order. */
  static List<ComparisonOption> ordered(List<TreatmentPlan> plans) {
    List<Ranked> ranked = new ArrayList<>();
    for (TreatmentPlan plan : plans) {
      ranked.add(new Ranked(of(plan), invasiveness(plan.sessions())));
    }
    ranked.sort(ORDER);
    return ranked.stream().map(Ranked::option).toList();
  }

  static ComparisonOption of(TreatmentPlan plan) {
    List<Session> sessions = plan.sessions();
    long courseDays =
        sessions.isEmpty()
            ? 0
            : ChronoUnit.DAYS.between(sessions.get(0).date(), sessions.get(sessions.size() - 1).date()) + 1;
    int harvestHealing = harvestHealingDays(plan.risks());
    long downtimeDays = 0;
    for (Session session : sessions) {
      long own = session.downtime().map(d -> d.lengthInDays()).orElse(0L);
      downtimeDays += session.harvestSite().isPresent() || hasStep(session, HARVEST_STEPS)
          ? Math.max(own, harvestHealing)
          : own;
    }
    List<String> riskCodes = new ArrayList<>();
    for (Risk risk : plan.risks()) {
      riskCodes.add(risk.code());
    }
    int invasiveness = invasiveness(sessions);
    return ComparisonOption.builder()
        .treatment(plan.treatment().orElseThrow())
        .eligibility(plan.eligibility())
        .sessionCount(sessions.size())
        .firstSession(sessions.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(sessions.get(0).date()))
        .courseDays(courseDays)
        .downtimeDays(downtimeDays)
        .results(plan.results())
        .cost(plan.cost())
        .riskCodes(riskCodes)
        .rankReasons(reasons(plan.eligibility().status(), sessions.size(), downtimeDays, harvestHealing, invasiveness))
        .build();
  }

  /**
   * The longest healing time of a common side effect at the harvest site: the harvest is part of
   * the procedure, and its swelling and bruising keep a patient from normal life as downtime does.
   */
  private static int harvestHealingDays(List<Risk> risks) {
    int days = 0;
    for (Risk risk : risks) {
      if (risk.site() == RiskSite.HARVEST && risk.likelihood() == Likelihood.COMMON && risk.resolvesInDays().isPresent()) {
        days = Math.max(days, risk.resolvesInDays().get().max());
      }
    }
    return days;
  }

  /** 0: nothing taken from the body; 1: a blood draw; 2: a tissue harvest. */
  private static int invasiveness(List<Session> sessions) {
    int level = 0;
    for (Session session : sessions) {
      if (session.harvestSite().isPresent() || hasStep(session, HARVEST_STEPS)) {
        level = Math.max(level, 2);
      } else if (hasStep(session, BLOOD_DRAW_STEPS)) {
        level = Math.max(level, 1);
      }
    }
    return level;
  }

  private static final String HARVEST_REASON = "a tissue harvest at each session";
  private static final String BLOOD_DRAW_REASON = "a blood draw at each session";
  private static final String NOTHING_TAKEN_REASON = "no blood draw or tissue harvest";

  private static boolean hasStep(Session session, List<String> codes) {
    return session.steps().stream().anyMatch(codes::contains);
  }

  private static List<String> reasons(
      EligibilityStatus status, int sessions, long downtimeDays, int harvestHealing, int invasiveness) {
    List<String> reasons = new ArrayList<>();
    reasons.add("eligibility: " + status.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    if (sessions == 0) {
      reasons.add("no sessions could be planned");
      return reasons;
    }
    reasons.add(sessions + (sessions == 1 ? " session" : " sessions"));
    String downtime = downtimeDays + (downtimeDays == 1 ? " downtime day" : " downtime days") + " in all";
    if (invasiveness == 2 && harvestHealing > 0) {
      downtime += " (harvest site: up to " + harvestHealing + " days a session)";
    }
    reasons.add(downtime);
    reasons.add(switch (invasiveness) {
      case 2 -> HARVEST_REASON;
      case 1 -> BLOOD_DRAW_REASON;
      default -> NOTHING_TAKEN_REASON;
    });
    return reasons;
  }
}
