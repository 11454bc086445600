package org.regimen.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.dates.DateRange;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.request.AreaCondition;
import org.regimen.request.AreaFinding;
import org.regimen.request.BodyArea;
import org.regimen.request.CalendarEvent;
import org.regimen.request.Condition;
import org.regimen.request.Currency;
import org.regimen.request.Indication;
import org.regimen.request.LabOutcome;
import org.regimen.request.LabResult;
import org.regimen.request.LabTest;
import org.regimen.request.Medication;
import org.regimen.request.MedicationKind;
import org.regimen.request.StriaeStage;
import org.regimen.request.TreatmentRequest;

class RequestReadingTest {
  private final RegimenJson json = RegimenJson.create();

  @Test
  void readsTheContractExample() {
    TreatmentRequest r = json.readRequest(ContractExample.REQUEST);

    assertThat(r.id()).contains("consult-2027-0142");
    assertThat(r.asOf()).isEqualTo(LocalDate.of(2027, 1, 5));
    assertThat(r.currency()).isEqualTo(Currency.EUR);
    assertThat(r.treatment()).contains("prp");
    assertThat(r.indication()).isEqualTo(Indication.STRETCH_MARKS);
    assertThat(r.striae().flatMap(s -> s.stage())).contains(StriaeStage.RUBRA);
    assertThat(r.striae().flatMap(s -> s.ageMonths())).contains(5);
    assertThat(r.areas()).containsExactly(BodyArea.ABDOMEN, BodyArea.THIGHS);
    assertThat(r.patient().conditions()).contains(List.of(Condition.VARICOSE_VEINS));
    assertThat(r.patient().allergies()).contains(List.of());
    assertThat(r.patient().medications())
        .contains(List.of(Medication.until(MedicationKind.ANTIBIOTIC, LocalDate.of(2027, 1, 15))));
    assertThat(r.patient().areaFindings())
        .contains(List.of(AreaFinding.of(BodyArea.THIGHS, AreaCondition.ACTIVE_INFECTION)));
    assertThat(r.patient().labResults())
        .containsExactly(
            LabResult.of(LabTest.HIV, LabOutcome.NEGATIVE, LocalDate.of(2026, 12, 20)));
    assertThat(r.patient().menstruation().map(m -> m.cycleDays().orElseThrow())).contains(28);
    assertThat(r.calendar().openDays())
        .isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    assertThat(r.calendar().closedDates()).containsExactly(LocalDate.of(2027, 4, 5));
    assertThat(r.calendar().unavailable())
        .containsExactly(DateRange.ofClosed(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 14)));
    assertThat(r.calendar().events()).hasSize(1);
    assertThat(r.calendar().events().get(0).name()).contains("wedding");
  }

  @Test
  void absentListsStayUnknownAndDefaultsApply() {
    TreatmentRequest r = json.readRequest(ContractExample.MINIMAL);

    assertThat(r.patient().conditions()).isEmpty();
    assertThat(r.patient().medications()).isEmpty();
    assertThat(r.patient().allergies()).isEmpty();
    assertThat(r.patient().labResults()).isEmpty();
    assertThat(r.currency()).isEqualTo(Currency.EUR);
    assertThat(r.calendar().openDays()).isEqualTo(EnumSet.allOf(DayOfWeek.class));
  }

  @Test
  void eventWithoutToIsOneDay() {
    TreatmentRequest r =
        json.readRequest(
            """
            {"asOf": "2027-01-05", "indication": "ACNE", "areas": ["FACE"], "patient": {},
             "calendar": {"events": [{"from": "2027-03-20"}]}}
            """);

    assertThat(r.calendar().events())
        .containsExactly(CalendarEvent.of(DateRange.ofDay(LocalDate.of(2027, 3, 20))));
  }

  @Test
  void asOfIsRequiredUnlessTheCallerGivesADefault() {
    String withoutAsOf = "{\"indication\": \"ACNE\", \"areas\": [\"FACE\"], \"patient\": {}}";

    assertThat(problems(withoutAsOf)).containsExactly(Problem.of("asOf", "is required"));
    assertThat(json.readRequest(withoutAsOf, LocalDate.of(2030, 6, 1)).asOf())
        .isEqualTo(LocalDate.of(2030, 6, 1));
  }

  @Test
  void readsFromAStream() {
    var in = new ByteArrayInputStream(ContractExample.MINIMAL.getBytes(StandardCharsets.UTF_8));

    assertThat(json.readRequest(in).indication()).isEqualTo(Indication.STRETCH_MARKS);
  }

  @Test
  void theErrorCarriesAValidIdButNotAnInvalidOne() {
    InvalidRequestException withId =
        error("{\"id\": \"abc-1\", \"asOf\": \"2027-01-05\", \"patient\": {}, \"areas\": [\"FACE\"]}");
    InvalidRequestException withName =
        error("{\"id\": \"Jane ZZMARKER\", \"asOf\": \"2027-01-05\", \"patient\": {}}");

    assertThat(withId.requestId()).contains("abc-1");
    assertThat(withName.requestId()).isEmpty();
    assertThat(withName.getMessage()).doesNotContain("ZZMARKER");
  }

  private InvalidRequestException error(String request) {
    return catchThrowableOfType(InvalidRequestException.class, () -> json.readRequest(request));
  }

  private List<Problem> problems(String request) {
    InvalidRequestException e = error(request);
    assertThat(e).as("expected the request to be rejected").isNotNull();
    return e.problems();
  }

}
