package org.regimen.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.privacy.Markers.assertNoMarker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regimen.json.RegimenJson;
import org.regimen.plan.Comparison;
import org.regimen.plan.ComparisonOption;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.LaxityAssessment;
import org.regimen.request.PatientProfile;
import org.regimen.request.Severity;
import org.regimen.request.TreatmentRequest;

/**
 * docs/design.md, "Bad input": {@code toString()} of patient data never shows medical details. The
 * request, the patient, every value nested in the patient, and the plan made from them are printed
 * (as a log line or a debugger would) and searched for the markers of {@link Markers}.
 */
class ToStringPrivacyTest {
  private static final RegimenJson JSON = RegimenJson.create();

  @Test
  void markersFromBuildersAndFromJsonMakeTheSameRequest() {
    assertThat(JSON.readRequest(Markers.json())).isEqualTo(Markers.request());
  }

  @Test
  void requestShowsNoPatientValue() {
    assertNoMarker("TreatmentRequest (builders)", Markers.request().toString());
    assertNoMarker("TreatmentRequest (JSON)", JSON.readRequest(Markers.json()).toString());
  }

  @Test
  void requestShowsItsStructureOnly() {
    String text = Markers.request().toString();

    // Issue 15: not even the id, the clinic, the language or the treatment (an invalid id may be a
    // patient's name; a clinic's name narrows down who the patient is).
    assertThat(text).startsWith("TreatmentRequest{").contains("id=<redacted>", "clinic=<redacted>");
    assertThat(text).doesNotContain("privacy-test-1", Markers.CLINIC_NAME, Markers.CLOSED.toString(), SampleModule.ID);
    RedactedToStringTest.assertStructureOnly("TreatmentRequest", text);
  }

  @Test
  void patientShowsNoValue() {
    assertNoMarker("PatientProfile (builders)", Markers.patient().toString());
    assertNoMarker("PatientProfile (JSON)", JSON.readRequest(Markers.json()).patient().toString());
  }

  @Test
  void everyNestedPatientValueShowsNoValue() {
    for (TreatmentRequest request : List.of(Markers.request(), JSON.readRequest(Markers.json()))) {
      PatientProfile patient = request.patient();
      List<Object> nested = new ArrayList<>();
      nested.add(request.striae().orElseThrow());
      nested.addAll(patient.medications().orElseThrow());
      nested.addAll(patient.areaFindings().orElseThrow());
      nested.add(patient.skin().orElseThrow());
      nested.add(patient.menstruation().orElseThrow());
      nested.addAll(patient.labResults());
      nested.add(patient.lifestyle().orElseThrow());
      nested.add(request.calendar());
      nested.addAll(request.calendar().events());
      for (Object value : nested) {
        assertNoMarker(value.getClass().getSimpleName(), value.toString());
      }
    }
  }

  @Test
  void laxityAssessmentShowsNoValue() {
    String text =
        LaxityAssessment.builder()
            .severity(Severity.SEVERE)
            .build()
            .toString();

    assertNoMarker("LaxityAssessment", text);
  }

  @Test
  void planShowsNoPatientValueNoDateNoFindingNoArea() {
    for (TreatmentRequest request : List.of(Markers.request(), JSON.readRequest(Markers.json()))) {
      TreatmentPlan plan = SampleModule.REGIMEN.plan(request);
      // The plan holds every kind of value worth hiding, so the check below means something.
      assertThat(plan.sessions()).isNotEmpty();
      assertThat(plan.eligibility().findings()).isNotEmpty();
      assertThat(plan.eligibility().excludedAreas()).isNotEmpty();
      assertThat(plan.eligibility().status()).isNotEqualTo(EligibilityStatus.ELIGIBLE);

      String text = plan.toString();

      assertNoMarker("TreatmentPlan", text);
      assertThat(text).as("no date at all").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
      for (var session : plan.sessions()) {
        assertThat(text).doesNotContain(session.date().toString());
      }
      for (var finding : plan.eligibility().findings()) {
        assertThat(text).doesNotContain(finding.code());
      }
      assertThat(text).doesNotContain("STRETCH_MARKS");
      RedactedToStringTest.assertStructureOnly("TreatmentPlan", text);
    }
  }

  @Test
  void comparisonShowsNoPatientValue() {
    TreatmentRequest request = ImmutableTreatmentRequest.copyOf(Markers.request()).withTreatment(Optional.empty());

    Comparison comparison = SampleModule.REGIMEN.compare(request);

    assertThat(comparison.options()).isNotEmpty();
    assertNoMarker("Comparison", comparison.toString());
    assertThat(comparison.toString()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}").doesNotContain("STRETCH_MARKS");
    for (ComparisonOption option : comparison.options()) {
      assertNoMarker("ComparisonOption", option.toString());
      assertThat(option.toString()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
      RedactedToStringTest.assertStructureOnly("ComparisonOption", option.toString());
    }
  }

  /**
   * {@code earliestStart} is the first day the patient could come (the patient's, like {@code
   * calendar.unavailable}, which is redacted), and the indication is the patient's complaint; the
   * request prints both. Fixing it needs {@code @Value.Redacted} on {@code
   * TreatmentRequest.earliestStart()} and {@code indication()}, outside this test's remit.
   */
  @Test
  void earliestStartAndIndicationAreNotShown() {
    TreatmentRequest request =
        ImmutableTreatmentRequest.copyOf(Markers.request()).withEarliestStart(LocalDate.of(2027, 1, 13));

    assertThat(request.toString()).doesNotContain("2027-01-13").doesNotContain("STRETCH_MARKS");
  }
}
