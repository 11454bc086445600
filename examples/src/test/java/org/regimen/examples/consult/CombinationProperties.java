package org.regimen.examples.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.request.BodyArea;
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

  private static TreatmentRequest combined(TreatmentRequest request, List<String> treatments) {
    return ImmutableTreatmentRequest.copyOf(request).withTreatment(Optional.empty()).withTreatments(treatments);
  }
}
