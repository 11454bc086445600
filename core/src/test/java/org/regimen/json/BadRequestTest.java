package org.regimen.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;

/**
 * Each kind of bad input gives a problem at the exact path, and no message ever repeats what the
 * caller sent: markers (ZZMARKER, 1777, odd dates) are planted in the input and looked for.
 */
class BadRequestTest {
  private static final String MARKER = "ZZMARKER";
  private final RegimenJson json = RegimenJson.create();

  /** A valid request with {@code extra} (a comma-led list of members) added to the root. */
  private static String request(String extra) {
    return "{\"asOf\": \"2027-01-05\", \"indication\": \"STRETCH_MARKS\", \"areas\": [\"ABDOMEN\"],"
        + " \"patient\": {\"sex\": \"FEMALE\"}"
        + extra
        + "}";
  }

  @Test
  void unknownNestedKeyListsTheAllowedOnes() {
    List<Problem> problems =
        problems(
            request(", \"calendar\": {\"unavailable\": [{\"from\": \"2027-02-01\","
                + " \"to\": \"2027-02-02\", \"note\": \"ZZMARKER\"}]}"));

    assertThat(problems)
        .containsExactly(
            Problem.of(
                "calendar.unavailable[0]", "unknown field at position 3; allowed: from, to"));
  }

  @Test
  void unknownKeyThatIsNoIdentifierIsNotEchoedInThePath() {
    List<Problem> problems = problems(request(", \"Jane ZZMARKER\": 1"));

    assertThat(problems).singleElement().satisfies(p -> assertThat(p.path()).doesNotContain(MARKER));
  }

  @Test
  void badEnumValueListsTheAllowedValues() {
    List<Problem> problems =
        problems(request(", \"striae\": {\"stage\": \"ZZMARKER\"}"));

    assertThat(problems).containsExactly(Problem.of("striae.stage", "must be one of: RUBRA, ALBA"));
  }

  @Test
  void badEnumInAListNamesTheIndex() {
    List<Problem> problems =
        problems(
            "{\"asOf\": \"2027-01-05\", \"indication\": \"ACNE\", \"patient\": {},"
                + " \"areas\": [\"FACE\", \"NECK\", \"ZZMARKER\"]}");

    assertThat(problems).extracting(Problem::path).containsExactly("areas[2]");
    assertThat(problems.get(0).message()).startsWith("must be one of: FACE, NECK, DECOLLETE");
  }

  @Test
  void malformedAndImpossibleDates() {
    List<Problem> problems =
        problems(
            request(
                ", \"earliestStart\": \"2027-02-30\", \"calendar\": {\"unavailable\":"
                    + " [{\"from\": \"2027-02-01\", \"to\": \"17/03/2031\"}]}"));

    assertThat(problems)
        .containsExactly(
            Problem.of("earliestStart", "must be an ISO-8601 date (yyyy-mm-dd)"),
            Problem.of("calendar.unavailable[0].to", "must be an ISO-8601 date (yyyy-mm-dd)"));
    assertNoEcho(problems, "2027-02-30", "17/03/2031", "2031");
  }

  @Test
  void wrongJsonTypes() {
    List<Problem> problems =
        problems(
            "{\"asOf\": \"2027-01-05\", \"indication\": \"ACNE\", \"areas\": \"FACE\","
                + " \"language\": 1777, \"patient\": {\"lifestyle\": {\"smoker\": \"ZZMARKER\"},"
                + " \"menstruation\": {\"lastStart\": \"2027-01-01\", \"cycleDays\": 28.5,"
                + " \"periodDays\": \"5\"}}, \"clinic\": []}");

    assertThat(problems)
        .containsExactly(
            Problem.of("language", "must be a string"),
            Problem.of("clinic", "must be an object"),
            Problem.of("areas", "must be an array"),
            Problem.of("patient.menstruation.cycleDays", "must be an integer from 15 to 60"),
            Problem.of("patient.menstruation.periodDays", "must be an integer from 1 to 14"),
            Problem.of("patient.lifestyle.smoker", "must be true or false"));
    assertNoEcho(problems, MARKER, "1777", "28.5");
  }

  @Test
  void numbersOutOfRange() {
    List<Problem> problems = problems(request(", \"striae\": {\"ageMonths\": 1777}"));

    assertThat(problems)
        .containsExactly(Problem.of("striae.ageMonths", "must be an integer from 0 to 1200"));
  }

  @Test
  void missingRequiredFields() {
    List<Problem> problems = problems("{\"patient\": {\"medications\": [{\"until\": \"2027-01-01\"}]}}");

    assertThat(problems)
        .containsExactly(
            Problem.of("asOf", "is required"),
            Problem.of("indication", "is required"),
            Problem.of("patient.medications[0].kind", "is required"));
  }

  @Test
  void nullIsNotAbsent() {
    assertThat(problems(request(", \"earliestStart\": null")))
        .extracting(Problem::path)
        .containsExactly("earliestStart");
  }

  @Test
  void oversizedInputNamesTheFieldAndTheLimit() {
    String huge = request(", \"clinic\": {\"name\": \"" + "x".repeat(1_100_000) + "\"}");
    String longString = request(", \"clinic\": {\"name\": \"" + "x".repeat(20_000) + "\"}");

    assertThat(problems(huge))
        .containsExactly(Problem.of("$", "exceeds the limit: at most 1000000 characters"));
    assertThat(problems(longString))
        .containsExactly(Problem.of("clinic.name", "exceeds the limit: at most 10000 characters"));
  }

  @Test
  void tooDeepNamesTheFieldAndTheLimit() {
    String deep = request(", \"clinic\": " + "[".repeat(100) + "]".repeat(100));

    assertThat(problems(deep)).singleElement().satisfies(p -> {
      assertThat(p.path()).startsWith("clinic[0]");
      assertThat(p.message()).isEqualTo("exceeds the limit: nesting depth at most 32");
    });
  }

  @Test
  void syntaxErrorGivesLineAndColumnButNotTheText() {
    List<Problem> problems =
        problems("{\"asOf\": \"2027-01-05\",\n \"indication\": ZZMARKER}");

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$");
      assertThat(p.message()).contains("line 2").contains("column");
    });
    assertNoEcho(problems, MARKER);
  }

  @Test
  void trailingContentAndEmptyInputAreErrors() {
    assertThat(problems(request("") + " {}")).extracting(Problem::path).containsExactly("$");
    assertThat(problems("  ")).extracting(Problem::path).containsExactly("$");
    assertThat(problems("[]")).containsExactly(Problem.of("$", "must be an object"));
  }

  @Test
  void duplicateKeyIsReportedAtItsPath() {
    List<Problem> problems =
        problems(
            "{\"asOf\": \"2027-01-05\", \"indication\": \"ACNE\", \"areas\": [\"FACE\"],"
                + " \"patient\": {\"labResults\": [{\"test\": \"HIV\", \"test\": \"HIV\","
                + " \"result\": \"NEGATIVE\", \"date\": \"2026-01-01\"}]}}");

    assertThat(problems)
        .containsExactly(Problem.of("patient.labResults[0].test", "duplicate field"));
  }

  @Test
  void treatmentAndTreatmentsAreMutuallyExclusive() {
    List<Problem> problems =
        problems(request(", \"treatment\": \"prp\", \"treatments\": [\"prp\", \"plasma\"]"));

    assertThat(problems).extracting(Problem::path).containsExactly("treatments");
  }

  @Test
  void reversedRangeIsAnErrorAtTheRange() {
    List<Problem> problems =
        problems(
            request(
                ", \"calendar\": {\"events\": [{\"from\": \"2027-03-20\", \"to\": \"2027-03-19\","
                    + " \"name\": \"ZZMARKER\"}]}"));

    assertThat(problems).extracting(Problem::path).containsExactly("calendar.events[0]");
    assertNoEcho(problems, MARKER, "2027-03-19");
  }

  @Test
  void bindingAndCrossFieldProblemsComeTogether() {
    List<Problem> problems =
        problems(
            "{\"asOf\": \"2027-01-05\", \"indication\": \"ACNE\", \"areas\": [\"FACE\", \"FACE\"],"
                + " \"laxity\": {}, \"patient\": {\"birthDate\": \"2030-01-01\", \"sex\": \"X\"}}");

    assertThat(problems)
        .extracting(Problem::path)
        .containsExactlyInAnyOrder("patient.sex", "laxity", "areas[1]", "patient.birthDate");
  }

  @Test
  void aBadElementDoesNotAlsoReportAnEmptyList() {
    List<Problem> problems =
        problems(
            "{\"asOf\": \"2027-01-05\", \"indication\": \"ACNE\", \"areas\": [\"ZZMARKER\"],"
                + " \"patient\": {}}");

    assertThat(problems).extracting(Problem::path).containsExactly("areas[0]");
  }

  @Test
  void defaultAsOfDoesNotHideAMalformedOne() {
    String request =
        "{\"asOf\": \"soon\", \"indication\": \"ACNE\", \"areas\": [\"FACE\"], \"patient\": {}}";

    InvalidRequestException e =
        catchThrowableOfType(
            InvalidRequestException.class,
            () -> json.readRequest(request, LocalDate.of(2027, 1, 1)));

    assertThat(e.problems())
        .containsExactly(Problem.of("asOf", "must be an ISO-8601 date (yyyy-mm-dd)"));
  }

  @Test
  void errorsAreWrittenInTheContractForm() {
    InvalidRequestException e =
        catchThrowableOfType(
            InvalidRequestException.class,
            () -> json.readRequest("{\"id\": \"r-1\", \"asOf\": \"x\"}"));

    assertThat(json.writeErrors(e))
        .startsWith("{\"id\":\"r-1\",\"errors\":[{\"path\":\"asOf\",\"message\":");
    assertThat(json.writeErrors(e, 7)).startsWith("{\"id\":\"r-1\",\"line\":7,\"errors\":[");
  }

  private List<Problem> problems(String request) {
    InvalidRequestException e =
        catchThrowableOfType(InvalidRequestException.class, () -> json.readRequest(request));
    assertThat(e).as("expected the request to be rejected").isNotNull();
    assertNoEcho(e.problems(), MARKER);
    assertThat(e.getMessage()).doesNotContain(MARKER);
    return e.problems();
  }

  private static void assertNoEcho(List<Problem> problems, String... values) {
    for (Problem p : problems) {
      for (String value : values) {
        assertThat(p.message()).doesNotContain(value);
      }
    }
  }
}
