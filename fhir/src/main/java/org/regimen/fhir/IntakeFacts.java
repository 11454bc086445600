package org.regimen.fhir;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.regimen.protocol.Course;
import org.regimen.protocol.Coverage;
import org.regimen.protocol.Fact;
import org.regimen.protocol.FactKind;
import org.regimen.protocol.Match;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.ResultSpec;
import org.regimen.protocol.RiskSpec;
import org.regimen.protocol.ScreeningRule;
import org.regimen.protocol.SessionRule;

/**
 * The facts an intake must ask for a set of protocols: every fact a screening rule reacts to, as
 * the coverage matrix (docs/screening-matrix.md) lists it, plus every patient attribute a course,
 * result or risk condition ({@link Match}) reads, such as the skin type that counts plasma therapy's
 * visits. A fact every therapy declares not relevant is not asked.
 */
final class IntakeFacts {
  private IntakeFacts() {}

  static Set<Fact> of(Collection<Protocol> protocols) {
    Set<Fact> facts = new TreeSet<>();
    for (Protocol protocol : protocols) {
      Coverage.verdicts(protocol)
          .values()
          .forEach(v -> {
            if (!v.rules().isEmpty()) {
              facts.add(v.fact());
            }
          });
      for (Match match : matches(protocol)) {
        facts.addAll(read(match));
      }
    }
    return facts;
  }

  /** Every fact of the patient a condition reads: a criterion over an attribute asks all its values. */
  static Set<Fact> read(Match match) {
    Set<Fact> facts = new TreeSet<>();
    if (!match.skinType().isEmpty()) {
      facts.addAll(FactKind.SKIN_TYPE.facts());
    }
    if (!match.fitzpatrick().isEmpty()) {
      facts.addAll(FactKind.PHOTOTYPE.facts());
    }
    match.smoker().ifPresent(s -> facts.add(new Fact(FactKind.LIFESTYLE, "smoker")));
    match.frequentSolarium().ifPresent(s -> facts.add(new Fact(FactKind.LIFESTYLE, "frequentSolarium")));
    // indications, stage, severity, mark age, areas and age are the request's own questions, which
    // every intake asks (IntakeItems); MatchCriteriaTest fails when Match gains an attribute.
    return facts;
  }

  private static List<Match> matches(Protocol protocol) {
    List<Match> matches = new ArrayList<>();
    protocol.screening().stream().map(ScreeningRule::when).flatMap(Optional::stream).forEach(matches::add);
    for (Course course : protocol.courses()) {
      course.sessionRules().stream().map(SessionRule::when).forEach(matches::add);
      course.results().stream().map(ResultSpec::when).flatMap(Optional::stream).forEach(matches::add);
      course.risks().stream().map(RiskSpec::raisedWhen).flatMap(Optional::stream).forEach(matches::add);
    }
    return matches;
  }
}
