package org.regimen.treatment.mesotherapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.regimen.treatment.mesotherapy.MesotherapyCourseTest.courseDays;
import static org.regimen.treatment.mesotherapy.MesotherapyCourseTest.gaps;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.regimen.plan.ExcludedArea;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.BodyArea;
import org.regimen.request.ImmutableStriaeAssessment;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.Indication;
import org.regimen.request.StriaeAssessment;
import org.regimen.request.StriaeStage;
import org.regimen.request.TreatmentRequest;
import org.regimen.testing.RequestGenerator;

/** The properties, over generated mesotherapy requests (every area, breast included). */
class MesotherapyProperties {
  private static final Gen<TreatmentRequest> REQUESTS =
      new RequestGenerator("mesotherapy", Set.of(Indication.STRETCH_MARKS), EnumSet.allOf(BodyArea.class))
          .requests();

  @Test
  void noGapIsShorterThanOneWeek() {
    qt().withExamples(300).withFixedSeed(2L).forAll(REQUESTS).checkAssert(request ->
        assertThat(gaps(Requests.REGIMEN.plan(request))).allMatch(gap -> gap >= 7));
  }

  /** 002: "a minimum period between eight and ten sessions". */
  @Test
  void aPlannedCourseHasAtLeastEightSessions() {
    qt().withExamples(300).withFixedSeed(3L).forAll(REQUESTS).checkAssert(request -> {
      TreatmentPlan plan = Requests.REGIMEN.plan(request);
      if (!plan.sessions().isEmpty()) {
        assertThat(plan.sessions()).hasSizeGreaterThanOrEqualTo(8);
      }
    });
  }

  /** 002: red marks fade after 8 to 10 weeks; white ones need up to 6 months or more. */
  @Test
  void redMarksGetAShorterCourseThanWhiteMarksForTheSamePatient() {
    qt().withExamples(200).withFixedSeed(4L).forAll(REQUESTS).checkAssert(request -> {
      TreatmentPlan red = Requests.REGIMEN.plan(withStage(request, StriaeStage.RUBRA));
      TreatmentPlan white = Requests.REGIMEN.plan(withStage(request, StriaeStage.ALBA));
      // The stage changes the course, never whether the patient may be treated.
      assertThat(red.eligibility().excludedAreas()).isEqualTo(white.eligibility().excludedAreas());
      assertThat(red.sessions().isEmpty()).isEqualTo(white.sessions().isEmpty());
      if (!red.sessions().isEmpty()) {
        assertThat(red.sessions().size()).isLessThan(white.sessions().size());
        assertThat(courseDays(red)).isLessThan(courseDays(white));
        assertThat(red.cost().orElseThrow().max()).isLessThan(white.cost().orElseThrow().max());
      }
    });
  }

  /** 002: "The only area that cannot be treated is the breast". */
  @Test
  void theBreastIsNeverPlanned() {
    qt().withExamples(300).withFixedSeed(5L).forAll(REQUESTS).checkAssert(request -> {
      TreatmentPlan plan = Requests.REGIMEN.plan(request);
      assertThat(plan.sessions()).allSatisfy(s -> assertThat(s.areas()).doesNotContain(BodyArea.BREASTS));
      if (request.areas().contains(BodyArea.BREASTS)) {
        // Another area finding on the breast (an infection) may be named first; the rule still fires.
        assertThat(plan.eligibility().excludedAreas()).extracting(ExcludedArea::area).contains(BodyArea.BREASTS);
        assertThat(plan.eligibility().findings())
            .anyMatch(f -> f.code().equals("EXCLUDED_AREA") && f.area().equals(java.util.Optional.of(BodyArea.BREASTS)));
      }
    });
  }

  private static TreatmentRequest withStage(TreatmentRequest request, StriaeStage stage) {
    ImmutableStriaeAssessment.Builder striae = StriaeAssessment.builder();
    request.striae().ifPresent(striae::from);
    return ImmutableTreatmentRequest.copyOf(request).withStriae(striae.stage(stage).build());
  }
}
