package org.regimen.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.json.RegimenJson;
import org.regimen.plan.Comparison;
import org.regimen.plan.Finding;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.TreatmentRequest;

/** Issue 15's findings, one test each, from the inputs the issue describes. */
class Issue15RegressionTest {
  private static final RegimenJson JSON = RegimenJson.create();

  /** The 8-byte UTF-32 line of the issue: {@code {JANE} in UTF-32BE, cut short. */
  static final byte[] UTF32_LINE = {0, 0, 0, 0x7B, 0x4A, 0x41, 0x4E, 0x45};

  @Test
  void utf32IsAnInvalidRequestNotAnUncheckedIoExceptionAndEchoesNothing() {
    InvalidRequestException e =
        catchThrowableOfType(
            InvalidRequestException.class, () -> JSON.readRequest(new ByteArrayInputStream(UTF32_LINE)));

    assertThat(e).isNotNull();
    assertThat(e.problems())
        .containsExactly(
            Problem.of("$", "is not UTF-8 text: it looks like UTF-16 or UTF-32; send JSON encoded as UTF-8"));
    assertThat(JSON.writeErrors(e)).doesNotContain("JANE", "JAN", "{J");
  }

  @Test
  void everyEntryPointTreatsAByteOrderMarkAndUtf16Alike() {
    String request = SampleRequests.plan();
    byte[] utf8 = request.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8);
    TreatmentRequest expected = JSON.readRequest(request);

    assertThat(JSON.readRequest(new ByteArrayInputStream(withBom))).isEqualTo(expected);
    assertThat(JSON.readRequest("\uFEFF" + request)).isEqualTo(expected);
    assertThat(JSON.readRequest(new StringReader("\uFEFF" + request))).isEqualTo(expected);
    assertThat(JSON.readRequest(new ByteArrayInputStream(withBom), LocalDate.of(2027, 1, 5))).isEqualTo(expected);

    for (byte[] other :
        List.of(
            request.getBytes(StandardCharsets.UTF_16),
            request.getBytes(StandardCharsets.UTF_16LE),
            request.getBytes(StandardCharsets.UTF_16BE),
            request.getBytes(java.nio.charset.Charset.forName("UTF-32")))) {
      assertThat(problemsOf(() -> JSON.readRequest(new ByteArrayInputStream(other))))
          .extracting(Problem::message)
          .containsExactly("is not UTF-8 text: it looks like UTF-16 or UTF-32; send JSON encoded as UTF-8");
      String misread = new String(other, StandardCharsets.ISO_8859_1);
      assertThat(problemsOf(() -> JSON.readRequest(misread))).extracting(Problem::path).containsExactly("$");
    }
    assertThat(problemsOf(() -> JSON.readRequest(new ByteArrayInputStream(new byte[] {'{', (byte) 0xC3, '}'}))))
        .containsExactly(Problem.of("$", "is not UTF-8 text; send JSON encoded as UTF-8"));
  }

  @Test
  void aMillionEmptyItemsCostLittleAndGiveOneProblemNamingFieldAndLimit() {
    String labs = "{},".repeat(300_000);
    String request = SampleRequests.plan().replace("\"labResults\":[", "\"labResults\":[" + labs);
    assertThat(request.length()).isLessThan(1_000_000);

    long start = System.nanoTime();
    List<Problem> problems = problemsOf(() -> JSON.readRequest(request));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(problems).containsExactly(Problem.of("patient.labResults", "at most 1000 items"));
  }

  @Test
  void problemsAreCappedAtFiftyThenCounted() {
    String labs = "{},".repeat(400);
    String request = SampleRequests.plan().replace("\"labResults\":[", "\"labResults\":[" + labs);

    List<Problem> problems = problemsOf(() -> JSON.readRequest(request));

    assertThat(problems).hasSize(51);
    // Each empty lab result misses test and date (whether it needs a result or a value depends on
    // its test, the validator's check once the tree binds): 800 problems, 50 listed.
    assertThat(problems.get(50)).isEqualTo(Problem.of("$", "and 750 more problems"));
  }

  @Test
  void unknownKeysAreReportedByParentAndPositionNeverByName() {
    String request = SampleRequests.plan().replace("\"sex\":\"FEMALE\"", "\"sex\":\"FEMALE\",\"JaneDoe\":1");

    InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> JSON.readRequest(request));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("patient");
      assertThat(p.message()).matches("unknown field at position \\d+; allowed: birthDate, sex, .*");
    });
    assertThat(e.getMessage()).doesNotContain("JaneDoe");
    assertThat(e.requestId()).contains("issue15-plan");

    // A repeated unknown key and a too-long value under an unknown key name it nowhere either.
    String nested = "{\"JaneDoe\":1,\"JaneDoe\":2,\"SmithJohn\":{\"x\":\"" + "y".repeat(20_000) + "\"}}";
    assertThat(JSON.writeErrors(catchThrowableOfType(InvalidRequestException.class, () -> JSON.readRequest(nested))))
        .doesNotContain("JaneDoe", "SmithJohn");
  }

  @Test
  void limitErrorsNameTheFieldAndTheLimit() {
    assertThat(problemsOf(() -> JSON.readRequest(SampleRequests.plan().replace("\"Example Skin Clinic\"", "\"" + "x".repeat(10_001) + "\""))))
        .containsExactly(Problem.of("clinic.name", "exceeds the limit: at most 10000 characters"));
    assertThat(problemsOf(() -> JSON.readRequest(SampleRequests.plan().replace("\"ageMonths\":5", "\"ageMonths\":" + "9".repeat(200)))))
        .containsExactly(Problem.of("striae.ageMonths", "exceeds the limit: numbers at most 100 digits"));
    assertThat(problemsOf(() -> JSON.readRequest(SampleRequests.plan().replace("\"closedDates\":[", "\"closedDates\":[" + "\"2027-02-09\",".repeat(1000)))))
        .containsExactly(Problem.of("calendar.closedDates", "at most 1000 items"));
  }

  @Test
  void aFarFutureUntilOnAMedicineMeansOngoing() {
    String until9999 = SampleRequests.plan()
        .replace("\"medications\":[]", "\"medications\":[{\"kind\":\"ANTIBIOTIC\",\"until\":\"9999-12-31\"}]");
    String ongoing = SampleRequests.plan()
        .replace("\"medications\":[]", "\"medications\":[{\"kind\":\"ANTIBIOTIC\"}]");

    TreatmentPlan plan = SampleRequests.REGIMEN.plan(JSON.readRequest(until9999));
    TreatmentPlan open = SampleRequests.REGIMEN.plan(JSON.readRequest(ongoing));

    Finding antibiotics = plan.eligibility().findings().stream().filter(f -> f.code().equals("ANTIBIOTICS")).findFirst().orElseThrow();
    assertThat(antibiotics.until()).isEmpty();
    assertThat(plan.eligibility()).isEqualTo(open.eligibility());
    assertThat(plan.sessions()).isEqualTo(open.sessions());
    assertThat(JSON.readPlan(JSON.writePlan(plan))).isEqualTo(plan);
  }

  @Test
  void datesOutsideTheWindowAreRejectedWithTheirPathAndTheIdNeverAnInternalName() {
    String late = SampleRequests.plan().replace("\"asOf\":\"2027-01-05\"", "\"asOf\":\"9999-12-20\"")
        .replace("\"earliestStart\":\"2027-01-11\"", "\"earliestStart\":\"9999-12-30\"");

    InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> JSON.readRequest(late));

    assertThat(e.requestId()).contains("issue15-plan");
    assertThat(e.problems())
        .contains(
            Problem.of("asOf", "must be a date from 1900-01-01 to 2200-12-31"),
            Problem.of("earliestStart", "must be a date from 1900-01-01 to 2200-12-31"));
    assertThat(e.getMessage()).doesNotContain("firstAllowedDay", "horizon", "sessionCount");
    InvalidRequestException compared =
        catchThrowableOfType(InvalidRequestException.class, () -> JSON.readRequest(SampleRequests.comparison(late)));
    assertThat(compared.requestId()).contains("issue15-plan");
  }

  @Test
  void theLastDayOfTheWindowPlansAndComparesWithFourDigitYears() {
    String last = SampleRequests.plan().replace("\"asOf\":\"2027-01-05\"", "\"asOf\":\"2200-12-31\"")
        .replace("\"earliestStart\":\"2027-01-11\"", "\"earliestStart\":\"2200-12-31\"")
        .replace("\"2026-12-20\"", "\"2200-12-20\"").replace("\"2027-02-08\"", "\"2200-12-25\"");

    TreatmentPlan plan = SampleRequests.REGIMEN.plan(JSON.readRequest(last));
    Comparison comparison = SampleRequests.REGIMEN.compare(JSON.readRequest(SampleRequests.comparison(last)));

    String planJson = JSON.writePlan(plan);
    assertThat(planJson).doesNotContainPattern("\"[+-]?\\d{5,}-");
    assertThat(JSON.readPlan(planJson)).isEqualTo(plan);
    assertThat(comparison.options()).isNotEmpty();
    assertThat(JSON.readComparison(JSON.writeComparison(comparison))).isEqualTo(comparison);
  }

  @Test
  void theSameInputGivesTheSameErrorsWhateverCameBefore() {
    List<String> inputs = List.of(
        "{not json", SampleRequests.plan().replace("\"FEMALE\"", "\"X\""), "{\"a\":" + "[".repeat(40),
        "\"" + "x".repeat(20_000) + "\"", SampleRequests.plan().replace("\"asOf\":\"2027-01-05\",", ""));
    Function<String, String> errors = in -> JSON.writeErrors(
        catchThrowableOfType(InvalidRequestException.class, () -> JSON.readRequest(in)));
    List<String> fresh = inputs.stream().map(errors).toList();
    for (int round = 0; round < 3; round++) {
      for (int i = inputs.size() - 1; i >= 0; i--) {
        // Other requests in between, valid and not, in another order: the answers must not change.
        JSON.readRequest(SampleRequests.plan());
        errors.apply(inputs.get((i + round + 1) % inputs.size()));
        assertThat(errors.apply(inputs.get(i))).isEqualTo(fresh.get(i));
      }
    }
  }

  private static List<Problem> problemsOf(Runnable read) {
    InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, read::run);
    assertThat(e).as("an InvalidRequestException").isNotNull();
    return e.problems();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
