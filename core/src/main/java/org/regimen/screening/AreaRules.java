package org.regimen.screening;

import java.util.List;
import java.util.Optional;
import org.regimen.protocol.ScreeningRule;
import org.regimen.request.AreaFinding;
import org.regimen.request.BodyArea;

/** Rules scoped to one requested area: a finding in the area, or an area the therapy never treats. */
final class AreaRules {
  private AreaRules() {}

  static void areaFinding(DeclaredRule rule, ScreeningRun run) {
    Optional<List<AreaFinding>> known = run.patient().areaFindings();
    if (known.isEmpty()) {
      run.unconfirmed(UnconfirmedAttribute.AREA_FINDINGS, rule);
      return;
    }
    ScreeningRule r = rule.rule();
    for (BodyArea area : run.request().areas()) {
      boolean concerned = r.areas().isEmpty() || r.areas().contains(area);
      boolean found =
          known.get().stream()
              .anyMatch(f -> f.area() == area && r.areaFindings().contains(f.finding()));
      if (concerned && found) {
        run.raise(rule, Optional.of(area), Optional.empty());
      }
    }
  }

  static void excludedArea(DeclaredRule rule, ScreeningRun run) {
    for (BodyArea area : run.request().areas()) {
      if (rule.rule().areas().contains(area)) {
        run.raise(rule, Optional.of(area), Optional.empty());
        run.neverTreated(area);
      }
    }
  }
}
