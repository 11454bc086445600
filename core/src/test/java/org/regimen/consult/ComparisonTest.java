package org.regimen.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.consult.ConsultFixtures.JSON;
import static org.regimen.consult.ConsultFixtures.follower;
import static org.regimen.consult.ConsultFixtures.monthly;
import static org.regimen.consult.ConsultFixtures.regimen;
import static org.regimen.consult.ConsultFixtures.request;
import static org.regimen.consult.ConsultFixtures.weekly;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.plan.Alternative;
import org.regimen.plan.Comparison;
import org.regimen.plan.ComparisonOption;
import org.regimen.plan.EligibilityStatus;
import org.regimen.request.TreatmentRequest;
import org.regimen.spi.TreatmentModule;

class ComparisonTest {
  private static final TreatmentRequest REQUEST = request(r -> {});

  @Test
  void oneOptionPerModuleWithEverythingSideBySide() {
    Comparison comparison = regimen(weekly(), follower(), monthly()).compare(REQUEST);

    assertThat(comparison.options()).extracting(o -> o.treatment().id())
        .containsExactlyInAnyOrder("weekly", "follower", "monthly");
    for (ComparisonOption option : comparison.options()) {
      assertThat(option.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE);
      assertThat(option.sessionCount()).isPositive();
      assertThat(option.courseDays()).isPositive();
      assertThat(option.downtimeDays()).isPositive();
      assertThat(option.results()).isNotEmpty();
      assertThat(option.cost()).isPresent();
      assertThat(option.riskCodes()).contains("BRUISING");
    }
  }

  @Test
  void optionsAreOrderedByStatusThenSessionsThenDowntimeThenInvasivenessThenId() {
    Comparison comparison = regimen(monthly(), follower(), weekly()).compare(REQUEST);

    // All eligible with sessions: the fewest sessions first (follower and monthly 3, weekly 4); the
    // tie has equal downtime and nothing taken from the body, so the id decides. Course length
    // (monthly 61 days) does not count.
    assertThat(comparison.options()).extracting(o -> o.treatment().id())
        .containsExactly("follower", "monthly", "weekly");
    assertThat(comparison.options().get(0).rankReasons())
        .containsExactly("eligibility: eligible", "3 sessions", "6 downtime days in all", "no blood draw or tissue harvest");
  }

  @Test
  void aBloodDrawComesAfterTheSameCourseWithoutOne() {
    TreatmentModule drawn = weekly(tree -> {
      tree.put("id", "a-drawn").put("name", "Drawn test therapy");
      tree.remove("alternatives");
      com.fasterxml.jackson.databind.node.ArrayNode steps =
          (com.fasterxml.jackson.databind.node.ArrayNode) tree.get("courses").get(0).get("steps");
      steps.insertObject(0).put("code", "BLOOD_DRAW").put("source", "regimen-default").put("words", "Test.");
    });
    Comparison comparison = regimen(drawn, weekly()).compare(REQUEST);

    assertThat(comparison.options()).extracting(o -> o.treatment().id()).containsExactly("weekly", "a-drawn");
    assertThat(comparison.options().get(1).rankReasons()).contains("a blood draw at each session");
  }

  @Test
  void theFirstSessionIsSessionOne() {
    for (ComparisonOption option : regimen(weekly()).compare(REQUEST).options()) {
      assertThat(option.firstSession()).contains(regimen(weekly()).plan(request(r -> r.put("treatment", "weekly")))
          .sessions().get(0).date());
    }
  }

  @Test
  void anIneligibleOptionComesLast() {
    TreatmentRequest pregnant = request(r -> ((com.fasterxml.jackson.databind.node.ObjectNode) r.get("patient")).put("pregnancy", "PREGNANT"));
    Comparison comparison = regimen(weekly(), follower()).compare(pregnant);
    assertThat(comparison.options()).allSatisfy(o -> assertThat(o.sessionCount()).isZero());
    assertThat(comparison.options()).extracting(o -> o.treatment().id()).containsExactly("follower", "weekly");
  }

  @Test
  void alternativesAreReferenceTextForTheIndicationNeverPlanned() {
    Comparison comparison = regimen(weekly(), follower()).compare(REQUEST);

    assertThat(comparison.alternatives()).extracting(Alternative::name)
        .containsExactly("Microneedling", "Surgery (tummy tuck)");
    assertThat(comparison.alternatives()).allSatisfy(a -> {
      assertThat(a.planned()).isFalse();
      assertThat(a.source()).isEqualTo("001_b38aff59189dd747.txt");
      assertThat(a.sourceWords()).isNotBlank();
    });
    assertThat(comparison.options()).extracting(o -> o.treatment().name())
        .doesNotContain("Microneedling", "Surgery (tummy tuck)");
  }

  @Test
  void theComparisonRoundTripsThroughJsonWithItsAlternatives() {
    Comparison comparison = regimen(weekly(), follower(), monthly()).compare(REQUEST);
    String json = JSON.writeComparison(comparison);

    assertThat(json).contains("\"alternatives\":[", "\"planned\":false");
    assertThat(JSON.readComparison(json)).isEqualTo(comparison);
  }

  @Test
  void aMissingModuleOnlyRemovesItsOwnOption() {
    List<TreatmentModule> all = List.of(weekly(), follower(), monthly());
    Comparison full = Regimen.of(org.regimen.catalog.TreatmentCatalog.of(all)).compare(REQUEST);
    for (TreatmentModule absent : all) {
      List<TreatmentModule> rest = new ArrayList<>(all);
      rest.remove(absent);
      Comparison without = Regimen.of(org.regimen.catalog.TreatmentCatalog.of(rest)).compare(REQUEST);
      String id = absent.descriptor().id();
      assertThat(without.options())
          .as("without %s", id)
          .containsExactlyElementsOf(
              full.options().stream().filter(o -> !o.treatment().id().equals(id)).toList());
    }
  }
}
