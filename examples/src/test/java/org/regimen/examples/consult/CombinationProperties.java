package org.regimen.examples.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.request.BodyArea;
import org.regimen.request.CombinedTreatment;
import org.regimen.request.ImmutableCombinedTreatment;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.Indication;
import org.regimen.request.TreatmentRequest;
import org.regimen.testing.CombinationChecks;
import org.regimen.testing.RequestGenerator;

/**
 * The combination rules of issue 6 over generated patients and calendars, with every installed
 * module: mesotherapy with plasma in both request orders (plasma always follows, 004), and PRP with
 * stem cells (no sequencing rule: the request order decides). Each plan keeps every protocol's own
 * intervals, never puts two procedures on one day, never puts a session inside another therapy's
 * no-procedure window, and never plans an area one therapy left out for that therapy.
 */
class CombinationProperties {
  private static final int EXAMPLES = 150;
  private static final Regimen REGIMEN = Regimen.load();
  private static final RequestGenerator STRETCH_MARKS =
      new RequestGenerator("combined", EnumSet.of(Indication.STRETCH_MARKS), EnumSet.allOf(BodyArea.class));

  @Test
  void mesotherapyAndPlasmaInEitherOrder() {
    check(List.of("mesotherapy", "plasma"), 20270201L);
    check(List.of("plasma", "mesotherapy"), 20270202L);
  }

  @Test
  void prpAndStemCells() {
    check(List.of("prp", "stemcell"), 20270203L);
  }

  private static void check(List<String> treatments, long seed) {
    AtomicInteger withSessions = new AtomicInteger();
    qt().withExamples(EXAMPLES)
        .withFixedSeed(seed)
        .forAll(STRETCH_MARKS.requests())
        .checkAssert(
            request -> {
              if (!CombinationChecks.check(REGIMEN, combined(request, treatments)).sessions().isEmpty()) {
                withSessions.incrementAndGet();
              }
            });
    // The rules above only bite on plans with sessions: make sure the generator gives enough of them.
    assertThat(withSessions.get()).as("combined plans with sessions for %s", treatments).isGreaterThan(EXAMPLES / 10);
  }

  /**
   * The request as a combination, in one of three forms (chosen from the request's own values, so
   * the seed fixes it): module ids (the string form); objects that split the request's areas between
   * the treatments, each keeping only areas its course treats; objects that also name their
   * indication and carry the stretch-mark assessment themselves, with none at the top level.
   */
  private static TreatmentRequest combined(TreatmentRequest request, List<String> treatments) {
    ImmutableTreatmentRequest copy = ImmutableTreatmentRequest.copyOf(request).withTreatment(Optional.empty());
    int form = Math.floorMod(request.asOf().getDayOfMonth() + request.areas().size(), 3);
    if (form == 0) {
      return copy.withTreatments(treatments.stream().map(CombinedTreatment::of).toList());
    }
    List<CombinedTreatment> parts = new ArrayList<>();
    for (int i = 0; i < treatments.size(); i++) {
      String id = treatments.get(i);
      Set<BodyArea> treats =
          REGIMEN.catalog().module(id).orElseThrow().protocol().courseFor(request.indication()).orElseThrow().areas();
      List<BodyArea> own = new ArrayList<>();
      for (int j = 0; j < request.areas().size(); j++) {
        BodyArea area = request.areas().get(j);
        if (treats.contains(area) && (request.areas().size() == 1 || j % treatments.size() == i)) {
          own.add(area);
        }
      }
      ImmutableCombinedTreatment.Builder part = CombinedTreatment.builder().treatment(id).areas(own);
      if (form == 2) {
        part.indication(request.indication()).striae(request.striae());
      }
      parts.add(part.build());
    }
    return form == 2 ? copy.withTreatments(parts).withStriae(Optional.empty()) : copy.withTreatments(parts);
  }

  @Test
  void everyFormOfTheCombinationIsCovered() {
    Set<Integer> forms = new java.util.HashSet<>();
    qt().withExamples(EXAMPLES).withFixedSeed(20270201L).forAll(STRETCH_MARKS.requests())
        .checkAssert(request -> {
          TreatmentRequest c = combined(request, List.of("mesotherapy", "plasma"));
          forms.add(c.treatments().stream().allMatch(CombinedTreatment::idOnly) ? 0
              : c.treatments().get(0).indication().isPresent() ? 2 : 1);
        });
    assertThat(forms).containsExactlyInAnyOrder(0, 1, 2);
  }
}
