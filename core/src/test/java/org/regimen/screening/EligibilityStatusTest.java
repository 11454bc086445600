package org.regimen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.screening.Fixtures.AS_OF;
import static org.regimen.screening.Fixtures.knownHealthy;
import static org.regimen.screening.Fixtures.request;
import static org.regimen.screening.Fixtures.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.ExcludedArea;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.protocol.RuleKind;
import org.regimen.protocol.ScreeningRule;
import org.regimen.request.AreaCondition;
import org.regimen.request.AreaFinding;
import org.regimen.request.BodyArea;
import org.regimen.request.TreatmentRequest;

/** Status precedence, area removal and earliest start, from module findings and area rules. */
class EligibilityStatusTest {

  /** 002, line 31: "The only area that cannot be treated is the breast". */
  static final ScreeningRule NO_BREASTS =
      rule(RuleKind.EXCLUDED_AREA, "EXCLUDED_AREA", FindingSeverity.ABSOLUTE).addAreas(BodyArea.BREASTS).build();

  private static Finding whole(String code, FindingSeverity severity, LocalDate until) {
    return Finding.builder().code(code).severity(severity).message("m").action("a")
        .source("regimen-default").sourceWords("w").until(Optional.ofNullable(until)).build();
  }

  private static Finding inArea(String code, FindingSeverity severity, BodyArea area) {
    return Finding.builder().from(whole(code, severity, null)).area(area).build();
  }

  private static ScreeningResult screen(TreatmentRequest request, List<Finding> moduleFindings, ScreeningRule... rules) {
    return Fixtures.ENGINE.screen(request, Fixtures.protocol(rules), null, Fixtures.NO_BASELINE, moduleFindings);
  }

  @Test
  void strongestWholePatientFindingWins() {
    TreatmentRequest r = request(knownHealthy().build());
    LocalDate until = AS_OF.plusDays(5);
    assertThat(screen(r, List.of()).eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE);
    assertThat(screen(r, List.of(whole("P", FindingSeverity.PRECAUTION, null))).eligibility().status())
        .isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
    assertThat(screen(r, List.of(whole("P", FindingSeverity.PRECAUTION, null), whole("R", FindingSeverity.RELATIVE, null)))
        .eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
    assertThat(screen(r, List.of(whole("R", FindingSeverity.RELATIVE, null), whole("T", FindingSeverity.TEMPORARY, until)))
        .eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    ScreeningResult absolute = screen(r, List.of(whole("T", FindingSeverity.TEMPORARY, until), whole("A", FindingSeverity.ABSOLUTE, null)));
    assertThat(absolute.eligibility().status()).isEqualTo(EligibilityStatus.INELIGIBLE);
    assertThat(absolute.sessionsAllowed()).isFalse();
    assertThat(absolute.eligibility().earliestStart()).isEmpty();
  }

  @Test
  void earliestStartIsTheDayAfterTheLastTemporaryEnd() {
    ScreeningResult result = screen(request(knownHealthy().build()), List.of(
        whole("T1", FindingSeverity.TEMPORARY, AS_OF.plusDays(9)),
        whole("T2", FindingSeverity.TEMPORARY, AS_OF.plusDays(3))));
    assertThat(result.eligibility().earliestStart()).contains(AS_OF.plusDays(10));
    assertThat(result.sessionsAllowed()).isTrue();
  }

  @Test
  void areaScopedFindingRemovesTheAreaAndCountsAsPrecaution_firstCodeWins() {
    ScreeningResult result = screen(request(knownHealthy().build(), BodyArea.ABDOMEN, BodyArea.BREASTS),
        List.of(inArea("MODULE_BREAST", FindingSeverity.ABSOLUTE, BodyArea.BREASTS)), NO_BREASTS);
    assertThat(result.eligibility().excludedAreas()).containsExactly(ExcludedArea.of(BodyArea.BREASTS, "EXCLUDED_AREA"));
    assertThat(result.remainingAreas()).containsExactly(BodyArea.ABDOMEN);
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
    assertThat(result.sessionsAllowed()).isTrue();
  }

  @Test
  void excludedAreaRemovingEveryAreaIsIneligible() {
    ScreeningRule soft = rule(RuleKind.EXCLUDED_AREA, "EXCLUDED_AREA", FindingSeverity.PRECAUTION).addAreas(BodyArea.BREASTS).build();
    ScreeningResult result = screen(request(knownHealthy().build(), BodyArea.BREASTS), List.of(), soft);
    assertThat(result.remainingAreas()).isEmpty();
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.INELIGIBLE);
    assertThat(result.sessionsAllowed()).isFalse();
  }

  @Test
  void whenNoAreaIsLeft_areaFindingsCountWithTheirOwnSeverity() {
    ScreeningRule infection = rule(RuleKind.AREA_FINDING, "ACTIVE_INFECTION", FindingSeverity.TEMPORARY)
        .addAreaFindings(AreaCondition.ACTIVE_INFECTION).build();
    ScreeningResult result = screen(
        request(knownHealthy().areaFindings(List.of(AreaFinding.of(BodyArea.FACE, AreaCondition.ACTIVE_INFECTION))).build(), BodyArea.FACE),
        List.of(), infection);
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(result.eligibility().earliestStart()).isEmpty();
    assertThat(result.sessionsAllowed()).isFalse();
  }

  @Test
  void temporaryAreaFindingWhileOtherAreasRemain_doesNotDefer() {
    ScreeningResult result = screen(request(knownHealthy().build(), BodyArea.FACE, BodyArea.NECK),
        List.of(inArea("ACTIVE_INFECTION", FindingSeverity.TEMPORARY, BodyArea.FACE)));
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);
    assertThat(result.eligibility().earliestStart()).contains(AS_OF);
  }

  @Test
  void moduleFindingForAnAreaNotRequestedIsIgnored() {
    ScreeningResult result = screen(request(knownHealthy().build(), BodyArea.FACE),
        List.of(inArea("X", FindingSeverity.ABSOLUTE, BodyArea.BREASTS)));
    assertThat(result.eligibility().findings()).isEmpty();
  }
}
