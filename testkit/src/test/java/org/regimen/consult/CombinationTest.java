package org.regimen.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.regimen.consult.ConsultFixtures.combined;
import static org.regimen.consult.ConsultFixtures.follower;
import static org.regimen.consult.ConsultFixtures.monthly;
import static org.regimen.consult.ConsultFixtures.regimen;
import static org.regimen.consult.ConsultFixtures.weekly;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.plan.AdjustmentReason;
import org.regimen.plan.ConstraintKind;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.testing.CombinationChecks;

class CombinationTest {
  private static final Regimen REGIMEN = regimen(weekly(), follower(), monthly());

  @Test
  void theFollowerStartsAfterTheOtherCourseWhateverTheRequestOrder() {
    for (List<String> order : List.of(List.of("weekly", "follower"), List.of("follower", "weekly"))) {
      TreatmentPlan plan = CombinationChecks.check(REGIMEN, combined(order.toArray(String[]::new)));

      assertThat(plan.sessions()).extracting(s -> s.treatment().orElseThrow())
          .containsExactly("weekly", "weekly", "weekly", "weekly", "follower", "follower", "follower");
      assertThat(plan.treatments()).extracting(t -> t.id()).containsExactly("weekly", "follower");
      assertThat(plan.adjustments()).anySatisfy(a -> {
        assertThat(a.session()).isEqualTo(5);
        assertThat(a.reason()).isEqualTo(AdjustmentReason.SEQUENCING);
        assertThat(a.treatment()).hasValue("follower");
      });
    }
  }

  @Test
  void withoutASequencingRuleTheLaterCourseFitsAroundTheEarlierOne() {
    TreatmentPlan plan = CombinationChecks.check(REGIMEN, combined("weekly", "monthly"));

    assertThat(plan.sessions()).hasSize(7);
    Session firstMonthly =
        plan.sessions().stream().filter(s -> s.treatment().orElseThrow().equals("monthly")).findFirst().orElseThrow();
    assertThat(firstMonthly.notes()).anySatisfy(n -> assertThat(n).contains("the request's order"));
    assertThat(plan.adjustments())
        .anySatisfy(a -> assertThat(a.reason()).isEqualTo(AdjustmentReason.OTHER_TREATMENT));
  }

  @Test
  void twoProceduresShareADayOnlyWhenBothProtocolsAllowIt() {
    ObjectNode sameDay = ConsultFixtures.MAPPER.createObjectNode();
    sameDay.put("value", true).put("source", "regimen-default").put("words", "Test: may share a day.");
    Regimen apart = regimen(weekly(), weekly(t -> t.put("id", "other")));
    Regimen together =
        regimen(weekly(t -> t.set("sameDayWithOthers", sameDay.deepCopy())),
            weekly(t -> t.put("id", "other").set("sameDayWithOthers", sameDay.deepCopy())));
    Regimen oneAllows = regimen(weekly(t -> t.set("sameDayWithOthers", sameDay.deepCopy())), weekly(t -> t.put("id", "other")));

    assertThat(days(CombinationChecks.check(together, combined("weekly", "other")))).hasSize(4);
    assertThat(days(CombinationChecks.check(apart, combined("weekly", "other")))).hasSize(8);
    assertThat(days(CombinationChecks.check(oneAllows, combined("weekly", "other")))).hasSize(8);
  }

  @Test
  void theEligibilityIsTheStrongestOfBoth() {
    Regimen regimen = regimen(weekly(), follower(t -> {
      ObjectNode rule = t.putArray("screening").addObject();
      rule.put("kind", "CONDITION").put("code", "VEINS").put("severity", "RELATIVE")
          .put("message", "Varicose veins need clearance.").put("action", "Ask the physician.")
          .put("source", "regimen-default").put("words", "Test.");
      rule.putArray("conditions").add("VARICOSE_VEINS");
    }));
    TreatmentPlan plan = CombinationChecks.check(regimen, ConsultFixtures.request(r -> {
      r.putArray("treatments").add("weekly").add("follower");
      ((com.fasterxml.jackson.databind.node.ArrayNode) r.get("patient").get("conditions")).add("VARICOSE_VEINS");
    }));

    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
    // Issue 14: a finding only the follower raises holds back only the follower's sessions.
    assertThat(plan.sessions()).filteredOn(s -> s.treatment().orElseThrow().equals("follower"))
        .isNotEmpty().allSatisfy(s -> assertThat(s.tentative()).isTrue());
  }

  @Test
  void oneIneligibleTherapyLeavesTheCombinationWithoutSessions() {
    TreatmentPlan plan = REGIMEN.plan(ConsultFixtures.request(r -> {
      r.putArray("treatments").add("weekly").add("follower");
      ((ObjectNode) r.get("patient")).put("pregnancy", "PREGNANT");
    }));
    assertThat(plan.sessions()).isEmpty();
    assertThat(plan.eligibility().status()).isIn(EligibilityStatus.DEFERRED, EligibilityStatus.INELIGIBLE);
  }

  @Test
  void contradictorySequencingIsAConflictAndTheRequestOrderIsKept() {
    ObjectNode after = ConsultFixtures.MAPPER.createObjectNode();
    after.putArray("after").add("follower");
    after.put("source", "regimen-default").put("words", "Test: a cycle.");
    Regimen cycle = regimen(weekly(t -> t.set("sequencing", after)), follower());

    TreatmentPlan plan = cycle.plan(combined("weekly", "follower"));

    assertThat(plan.conflicts()).anySatisfy(c -> assertThat(c.constraint()).isEqualTo(ConstraintKind.SEQUENCING));
    assertThat(plan.treatments()).extracting(t -> t.id()).containsExactly("weekly", "follower");
  }

  @Test
  void risksResultsAndCostsOfEveryTreatmentAreKeptAndTagged() {
    TreatmentPlan plan = REGIMEN.plan(combined("weekly", "follower"));

    assertThat(plan.risks()).extracting(r -> r.treatment().orElseThrow())
        .containsExactly("weekly", "weekly", "follower", "follower");
    assertThat(plan.results()).extracting(r -> r.treatment().orElseThrow()).containsExactly("weekly", "follower");
    assertThat(plan.cost()).hasValueSatisfying(c -> assertThat(c.min()).isEqualTo(7 * 50));
    assertThat(plan.maintenance()).hasValueSatisfying(m -> assertThat(m.treatment()).hasValue("follower"));
  }

  @Test
  void badCombinationsAreRejectedWithTheirPaths() {
    InvalidRequestException one =
        catchThrowableOfType(InvalidRequestException.class, () -> REGIMEN.plan(combined("weekly")));
    InvalidRequestException unknown =
        catchThrowableOfType(InvalidRequestException.class, () -> REGIMEN.plan(combined("weekly", "nope")));

    assertThat(one.problems()).extracting(Problem::path).contains("treatments");
    assertThat(unknown.problems()).extracting(Problem::path).contains("treatments[1]");
  }

  private static List<LocalDate> days(TreatmentPlan plan) {
    return plan.sessions().stream().map(Session::date).distinct().toList();
  }
}
