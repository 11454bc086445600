package org.regimen.screening;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.regimen.protocol.Match;
import org.regimen.request.AreaAssessment;
import org.regimen.request.Assessment;
import org.regimen.request.BodyArea;
import org.regimen.request.Indication;
import org.regimen.request.Lifestyle;
import org.regimen.request.Severity;
import org.regimen.request.Skin;
import org.regimen.request.StriaeAssessment;
import org.regimen.request.TreatmentRequest;

/**
 * Evaluates a {@link Match} against a request. Every criterion left empty matches anything; a
 * criterion set against a value the request does not know does not match, and {@link #evaluate}
 * says so with {@link Outcome#UNKNOWN} so that screening can ask to confirm it. Stateless.
 */
public final class MatchEvaluator {

  /** Three-valued result: a known criterion that fails wins over an unknown one. */
  public enum Outcome {
    MATCH,
    NO_MATCH,
    UNKNOWN
  }

  private MatchEvaluator() {}

  /**
   * @param plannedAreas number of areas planned, after excluded areas are removed
   * @return true only when every criterion set in {@code match} is known and holds
   */
  public static boolean matches(Match match, TreatmentRequest request, int plannedAreas) {
    return evaluate(match, request, plannedAreas) == Outcome.MATCH;
  }

  public static Outcome evaluate(Match match, TreatmentRequest request, int plannedAreas) {
    Check check = new Check();
    run(match, request, plannedAreas, check);
    return check.outcome();
  }

  /**
   * As {@link #evaluate(Match, TreatmentRequest, int)}, in one pass that also adds to {@code
   * unknown} the attributes the criteria need and the request does not know.
   */
  static Outcome evaluate(
      Match match, TreatmentRequest request, int plannedAreas, Set<UnconfirmedAttribute> unknown) {
    Check check = new Check();
    run(match, request, plannedAreas, check);
    unknown.addAll(check.unknown);
    return check.outcome();
  }

  /** The attributes a criterion of {@code match} needs that the request does not know. */
  public static Set<UnconfirmedAttribute> unknownAttributes(Match match, TreatmentRequest request) {
    Check check = new Check();
    run(match, request, 0, check);
    return check.unknown;
  }

  /** Age in whole years at {@code asOf}. */
  public static int ageYears(LocalDate birthDate, LocalDate asOf) {
    return Period.between(birthDate, asOf).getYears();
  }

  private static void run(Match m, TreatmentRequest r, int plannedAreas, Check c) {
    Optional<StriaeAssessment> striae = r.striae();
    UnconfirmedAttribute assessment = UnconfirmedAttribute.INDICATION_ASSESSMENT;
    if (!m.indications().isEmpty()) {
      c.known(m.indications().contains(r.indication()));
    }
    if (!m.stage().isEmpty()) {
      c.test(striae.flatMap(StriaeAssessment::stage), m.stage()::contains, assessment);
    }
    if (!m.severity().isEmpty()) {
      c.test(severity(r), m.severity()::contains, assessment);
    }
    Optional<Integer> markAge = striae.flatMap(StriaeAssessment::ageMonths);
    m.minMarkAgeMonths().ifPresent(min -> c.test(markAge, a -> a >= min, assessment));
    m.maxMarkAgeMonths().ifPresent(max -> c.test(markAge, a -> a <= max, assessment));
    m.minAreas().ifPresent(min -> c.known(plannedAreas >= min));
    m.maxAreas().ifPresent(max -> c.known(plannedAreas <= max));
    Optional<Skin> skin = r.patient().skin();
    if (!m.skinType().isEmpty()) {
      c.test(skin.flatMap(Skin::type), m.skinType()::contains, UnconfirmedAttribute.SKIN);
    }
    if (!m.fitzpatrick().isEmpty()) {
      c.test(skin.flatMap(Skin::fitzpatrick), m.fitzpatrick()::contains, UnconfirmedAttribute.SKIN);
    }
    Optional<Integer> age = r.patient().birthDate().map(b -> ageYears(b, r.asOf()));
    m.minAgeYears().ifPresent(min -> c.test(age, a -> a >= min, UnconfirmedAttribute.BIRTH_DATE));
    m.maxAgeYears().ifPresent(max -> c.test(age, a -> a <= max, UnconfirmedAttribute.BIRTH_DATE));
    Optional<Lifestyle> lifestyle = r.patient().lifestyle();
    m.frequentSolarium()
        .ifPresent(
            want ->
                c.test(
                    lifestyle.flatMap(Lifestyle::frequentSolarium),
                    want::equals,
                    UnconfirmedAttribute.LIFESTYLE));
    m.smoker()
        .ifPresent(
            want ->
                c.test(lifestyle.flatMap(Lifestyle::smoker), want::equals, UnconfirmedAttribute.LIFESTYLE));
  }

  /**
   * The severity of the indication's assessment: the stretch marks' or the laxity's own, else the
   * general {@code assessment} (any indication; the validator makes the two agree where both are given).
   */
  private static Optional<Severity> severity(TreatmentRequest r) {
    return assessedSeverity(r, r.areas());
  }

  /**
   * The severity a rule or a course row reads for {@code areas} (issue 12): each area's own severity
   * where the assessment gives one, the general severity elsewhere, and of those the most severe (the
   * cautious reading: the course covers the worst area). Unknown when an area has no severity at all,
   * unless another is already {@code SEVERE}.
   *
   * @param r the request (or a part's request)
   * @param areas the areas being planned
   * @return the severity to read; empty when unknown
   * @since 0.1.0
   */
  public static Optional<Severity> assessedSeverity(TreatmentRequest r, List<BodyArea> areas) {
    boolean perArea = r.assessment().map(a -> !a.areas().isEmpty()).orElse(false);
    if (!perArea || areas.isEmpty()) {
      return generalSeverity(r);
    }
    Map<BodyArea, Severity> known = areaSeverities(r, areas);
    Optional<Severity> worst = known.values().stream().max(Severity::compareTo);
    boolean someUnknown = known.size() < areas.size();
    return someUnknown && worst.filter(s -> s == Severity.SEVERE).isEmpty() ? Optional.empty() : worst;
  }

  /**
   * The severity of each of {@code areas}, its own where the assessment gives one, else the general
   * one; an area with neither is left out.
   *
   * @since 0.1.0
   */
  public static Map<BodyArea, Severity> areaSeverities(TreatmentRequest r, List<BodyArea> areas) {
    Optional<Severity> general = generalSeverity(r);
    List<AreaAssessment> perArea = r.assessment().map(Assessment::areas).orElse(List.of());
    Map<BodyArea, Severity> out = new LinkedHashMap<>();
    for (BodyArea area : areas) {
      areaSeverity(perArea, area).or(() -> general).ifPresent(s -> out.put(area, s));
    }
    return out;
  }

  private static Optional<Severity> areaSeverity(List<AreaAssessment> perArea, BodyArea area) {
    for (AreaAssessment a : perArea) {
      if (a.area() == area) {
        return Optional.of(a.severity());
      }
    }
    return Optional.empty();
  }

  private static Optional<Severity> generalSeverity(TreatmentRequest r) {
    Optional<Severity> striae = r.striae().flatMap(StriaeAssessment::severity);
    Optional<Severity> laxity = r.laxity().flatMap(l -> l.severity());
    Optional<Severity> general = r.assessment().flatMap(a -> a.severity());
    if (r.indication() == Indication.STRETCH_MARKS) {
      return striae.or(() -> general);
    }
    if (r.indication() == Indication.SKIN_LAXITY) {
      return laxity.or(() -> general);
    }
    return general.or(() -> striae).or(() -> laxity);
  }

  private static final class Check {
    private boolean failed;
    private final Set<UnconfirmedAttribute> unknown = EnumSet.noneOf(UnconfirmedAttribute.class);

    <T> void test(Optional<T> value, Predicate<T> holds, UnconfirmedAttribute attribute) {
      if (value.isEmpty()) {
        unknown.add(attribute);
      } else if (!holds.test(value.get())) {
        failed = true;
      }
    }

    void known(boolean holds) {
      failed |= !holds;
    }

    Outcome outcome() {
      if (failed) {
        return Outcome.NO_MATCH;
      }
      return unknown.isEmpty() ? Outcome.MATCH : Outcome.UNKNOWN;
    }
  }
}
