package org.regimen.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regimen.batch.BatchPlanner;
import org.regimen.error.InvalidRequestException;
import org.regimen.handout.Handout;
import org.regimen.json.RegimenJson;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.TreatmentRequest;
import org.regimen.testing.MarkerMutations;

/**
 * Issue 15, "Nothing echoed": a marker planted in every key position and in place of every value
 * of a full request (as a string, a number, an object, an array, a broken date) never shows in an
 * exception message, a problem, the error JSON, a batch answer, anything written to standard
 * error or standard output meanwhile, {@code toString()} or a handout.
 */
class EveryPositionPrivacyTest {
  private static final RegimenJson JSON = RegimenJson.create();

  @Test
  void noMarkerInAnyAnswer() {
    String base = JSON.writeRequest(JSON.readRequest(Markers.json()));
    List<String> copies = MarkerMutations.of(base);
    assertThat(copies).hasSizeGreaterThan(300);

    PrintStream err = System.err;
    PrintStream out = System.out;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    int rejected = 0;
    try (PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8)) {
      System.setErr(capture);
      System.setOut(capture);
      for (String copy : copies) {
        try {
          TreatmentRequest request = JSON.readRequest(copy);
          // A marker the contract allows (a free text such as an event's name): still never shown.
          assertNoLeak(request.toString());
          TreatmentPlan plan = SampleModule.REGIMEN.plan(request);
          assertNoLeak(plan.toString());
          assertNoLeak(Handout.markdown(plan, Optional.empty()));
        } catch (InvalidRequestException e) {
          rejected++;
          assertNoLeak(e.getMessage());
          assertNoLeak(e.toString());
          e.problems().forEach(p -> assertNoLeak(p.path() + " " + p.message() + " " + p));
          assertNoLeak(JSON.writeErrors(e));
        }
      }
      ByteArrayOutputStream answers = new ByteArrayOutputStream();
      BatchPlanner.of(SampleModule.REGIMEN)
          .run(new ByteArrayInputStream(String.join("\n", copies).getBytes(StandardCharsets.UTF_8)), answers);
      String batch = answers.toString(StandardCharsets.UTF_8);
      assertThat(batch.lines()).hasSize(copies.size());
      batch.lines().forEach(EveryPositionPrivacyTest::assertNoLeak);
    } finally {
      System.setErr(err);
      System.setOut(out);
    }
    assertThat(rejected).as("most copies are invalid").isGreaterThan(copies.size() / 2);
    assertNoLeak(console.toString(StandardCharsets.UTF_8));
  }

  private static void assertNoLeak(String text) {
    assertThat(MarkerMutations.LEAK.matcher(text).find()).as("a marker in: %s", text).isFalse();
  }
}
