package org.regimen.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.json.RegimenJson;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.MenstrualCycle;
import org.regimen.request.PatientProfile;
import org.regimen.request.StriaeAssessment;
import org.regimen.request.TreatmentRequest;

/**
 * docs/design.md, "Bad input": messages carry the path, the rule and the allowed values, never the
 * input's values. Each invalid request below carries a marker in its bad value; the exception's
 * message, each problem, the exception's {@code toString()} and the error JSON are searched for it.
 */
class ErrorPrivacyTest {
  private static final RegimenJson JSON = RegimenJson.create();

  /** A valid request without markers, with {@code patient} as its patient. */
  private static String withPatient(String patient) {
    return "{\"id\": \"bad-1\", \"asOf\": \"2027-01-05\", \"treatment\": \"sample-prp\","
        + " \"indication\": \"STRETCH_MARKS\", \"areas\": [\"ABDOMEN\"], \"patient\": "
        + patient
        + "}";
  }

  /** A valid request without markers and an empty patient, with {@code member} added. */
  private static String withMember(String member) {
    return "{\"id\": \"bad-1\", \"asOf\": \"2027-01-05\", \"treatment\": \"sample-prp\","
        + " \"indication\": \"STRETCH_MARKS\", \"areas\": [\"ABDOMEN\"], \"patient\": {}, "
        + member
        + "}";
  }

  // Each row: the kind of bad input; P + the patient, or M + a member of the request; the marker.
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "bad enum;                  P{\"pregnancy\": \"ZZMARKER\"};                                  ZZMARKER",
        "bad enum in a list;        P{\"conditions\": [\"HEPATITIS\", \"ZZMARKER_HIV\"]};            ZZMARKER",
        "bad enum, nested;          P{\"areaFindings\": [{\"area\": \"ZZMARKER\", \"finding\": \"ACTIVE_INFECTION\"}]}; ZZMARKER",
        "malformed date;            P{\"birthDate\": \"11/11/1911\"};                                1911",
        "impossible date;           P{\"birthDate\": \"1911-11-31\"};                                1911",
        "date as text;              P{\"birthDate\": \"ZZMARKER\"};                                  ZZMARKER",
        "date after asOf;           P{\"birthDate\": \"2091-11-11\"};                                2091",
        "unknown field value;       P{\"nickname\": \"ZZMARKER\"};                                   ZZMARKER",
        "unknown field name;        P{\"ZZMARKER Jane Doe\": 1};                                     ZZMARKER",
        "unknown nested field;      P{\"skin\": {\"fitzpatrick\": \"II\", \"tone\": \"ZZMARKER\"}};  ZZMARKER",
        "number out of range;       P{\"menstruation\": {\"lastStart\": \"2026-12-29\", \"cycleDays\": 1777, \"periodDays\": 5}}; 1777",
        "number out of range, low;  P{\"menstruation\": {\"lastStart\": \"2026-12-29\", \"cycleDays\": 28, \"periodDays\": -1913}}; 1913",
        "number as text;            P{\"menstruation\": {\"lastStart\": \"2026-12-29\", \"cycleDays\": \"ZZMARKER\", \"periodDays\": 5}}; ZZMARKER",
        "fraction for an integer;   M\"striae\": {\"ageMonths\": 17.77};                             17.77",
        "age out of range;          M\"striae\": {\"ageMonths\": 17777};                             17777",
        "event name of wrong type;  M\"calendar\": {\"events\": [{\"from\": \"2027-03-03\", \"name\": [\"ZZMARKER\"]}]}; ZZMARKER",
        "range ends before it starts; M\"calendar\": {\"unavailable\": [{\"from\": \"2031-03-17\", \"to\": \"2031-03-16\"}]}; 2031",
        "medication until malformed; P{\"medications\": [{\"kind\": \"ANTIBIOTIC\", \"until\": \"1911-11-11T10:00\"}]}; 1911",
        "lab result bad outcome;    P{\"labResults\": [{\"test\": \"HIV\", \"result\": \"ZZMARKER\", \"date\": \"2026-12-21\"}]}; ZZMARKER",
        "not JSON;                  M\"striae\": ZZMARKER;                                           ZZMARKER",
      })
  void invalidJsonRequestsNeverEchoTheBadValue(String kind, String body, String marker) {
    String fragment = body.substring(1);
    String json = body.startsWith("P") ? withPatient(fragment) : withMember(fragment);

    InvalidRequestException error = readInvalid(json);

    assertNoEcho(kind, error, marker);
  }

  @Test
  void everyBadValueAtOnceIsReportedWithoutAnyOfThem() {
    String json =
        withPatient(
            "{\"birthDate\": \"1911-11-31\", \"sex\": \"ZZMARKER\", \"pregnancy\": \"ZZPREGNANT\","
                + " \"menstruation\": {\"lastStart\": \"1911-11-11\", \"cycleDays\": 1777, \"periodDays\": 1999},"
                + " \"medications\": [{\"kind\": \"ZZDRUG\", \"until\": \"2027-01-09\"}],"
                + " \"labResults\": [{\"test\": \"HIV\", \"result\": \"POSITIVE\", \"date\": \"2031-03-17\"}]}");

    InvalidRequestException error = readInvalid(json);

    assertThat(error.problems()).hasSizeGreaterThanOrEqualTo(5);
    for (String marker : List.of("ZZMARKER", "ZZPREGNANT", "ZZDRUG", "1911", "1777", "1999", "2031")) {
      assertNoEcho("several bad values", error, marker);
    }
  }

  @Test
  void oversizedEventNameIsNotEchoed() {
    String name = "ZZMARKER ".repeat(1200); // over the 10,000 characters a string may have
    InvalidRequestException error =
        readInvalid(withMember("\"calendar\": {\"events\": [{\"from\": \"2027-03-03\", \"name\": \"" + name + "\"}]}"));

    assertNoEcho("oversized event name", error, "ZZMARKER");
  }

  @Test
  void invalidIdOfAJsonRequestIsNotEchoed() {
    InvalidRequestException error =
        readInvalid(
            "{\"id\": \"ZZMARKER Jane Doe\", \"asOf\": \"2027-01-05\", \"indication\": \"STRETCH_MARKS\","
                + " \"areas\": [], \"patient\": {}}");

    assertThat(error.requestId()).isEmpty();
    assertNoEcho("invalid id", error, "ZZMARKER");
    assertNoEcho("invalid id", error, "Jane");
  }

  /**
   * {@code Regimen.plan} and {@code Regimen.compare} (Planner) hand {@code request.id()} to the
   * exception unfiltered, so an id that breaks the id rule (and may be a patient's name) comes back
   * in {@code requestId()} and in the error JSON. {@code RequestValidator.check} and {@code
   * RegimenJson} filter it. The fix is in core's Planner, outside this test's remit.
   */
  @Test
  void invalidIdOfABuiltRequestIsNotEchoed() {
    TreatmentRequest request =
        ImmutableTreatmentRequest.copyOf(Markers.request()).withId("ZZMARKER Jane Doe").withAreas(List.of());

    InvalidRequestException error =
        catchThrowableOfType(InvalidRequestException.class, () -> SampleModule.REGIMEN.plan(request));

    assertThat(error.requestId()).isEmpty();
    assertNoEcho("invalid id", error, "ZZMARKER");
  }

  @Test
  void builtRequestsBreakingRulesNeverEchoTheBadValue() {
    TreatmentRequest request =
        ImmutableTreatmentRequest.copyOf(Markers.request())
            .withStriae(StriaeAssessment.builder().ageMonths(17777).build())
            .withPatient(
                PatientProfile.builder()
                    .from(Markers.patient())
                    .birthDate(LocalDate.of(2091, 11, 11))
                    .menstruation(
                        MenstrualCycle.builder()
                            .lastStart(LocalDate.of(2031, 3, 17))
                            .cycleDays(1777)
                            .periodDays(1999)
                            .build())
                    .build());

    InvalidRequestException error =
        catchThrowableOfType(InvalidRequestException.class, () -> SampleModule.REGIMEN.plan(request));

    assertThat(error).as("the request is rejected").isNotNull();
    assertThat(error.problems()).extracting(Problem::path).contains("striae.ageMonths", "patient.birthDate");
    for (String marker : List.of("17777", "2091", "1777", "1999", "2031")) {
      assertNoEcho("built request", error, marker);
    }
    for (String marker : Markers.ALL) {
      assertNoEcho("built request", error, marker);
    }
  }

  /**
   * Core has no logger; planning and rejecting must not print either. Standard output and error
   * are captured while the marker request is read, planned and compared, and a bad one rejected.
   */
  @Test
  void nothingIsWrittenToTheStandardStreams() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      System.setErr(capture);
      TreatmentRequest request = JSON.readRequest(Markers.json());
      SampleModule.REGIMEN.plan(request);
      SampleModule.REGIMEN.compare(ImmutableTreatmentRequest.copyOf(request).withTreatment(Optional.empty()));
      catchThrowableOfType(
          InvalidRequestException.class,
          () -> JSON.readRequest(withPatient("{\"birthDate\": \"1911-11-31\", \"sex\": \"ZZMARKER\"}")));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }

    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  private static InvalidRequestException readInvalid(String json) {
    InvalidRequestException error =
        catchThrowableOfType(InvalidRequestException.class, () -> JSON.readRequest(json));
    assertThat(error).as("rejected with InvalidRequestException: %s", json).isNotNull();
    return error;
  }

  private static void assertNoEcho(String kind, InvalidRequestException error, String marker) {
    assertThat(error.problems()).as(kind).isNotEmpty();
    assertThat(error.getMessage()).as("%s: message", kind).doesNotContain(marker);
    assertThat(error.toString()).as("%s: toString", kind).doesNotContain(marker);
    assertThat(error.requestId().orElse("")).as("%s: request id", kind).doesNotContain(marker);
    for (Problem problem : error.problems()) {
      assertThat(problem.path()).as("%s: path", kind).doesNotContain(marker);
      assertThat(problem.message()).as("%s: problem message", kind).doesNotContain(marker);
      assertThat(problem.toString()).as("%s: problem", kind).doesNotContain(marker);
    }
    assertThat(JSON.writeErrors(error)).as("%s: error JSON", kind).doesNotContain(marker);
    assertThat(JSON.writeErrors(error, 7)).as("%s: error JSON with a line", kind).doesNotContain(marker);
    Throwable cause = error.getCause();
    while (cause != null) {
      assertThat(String.valueOf(cause.getMessage())).as("%s: cause", kind).doesNotContain(marker);
      cause = cause.getCause();
    }
  }
}
