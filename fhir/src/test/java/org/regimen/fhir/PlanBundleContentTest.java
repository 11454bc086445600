package org.regimen.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.DetectedIssue.DetectedIssueSeverity;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.regimen.fhir.SamplePlans.Sample;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.Session;
import org.regimen.request.TreatmentRequest;

/** What each part of a plan becomes in the Bundle, read back from the Bundle's resources. */
class PlanBundleContentTest {
  static List<Sample> samples() {
    return SamplePlans.all();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void sessionsKeepTheirDaysMinutesAndBodySites(Sample sample) {
    Bundle bundle = PlanBundle.of(sample.request(), sample.plan()).toBundle();
    List<ServiceRequest> requests = resources(bundle, ServiceRequest.class);
    List<Appointment> appointments = resources(bundle, Appointment.class);
    List<Session> sessions = sample.plan().sessions();
    assertThat(requests).hasSize(sessions.size());
    assertThat(appointments).hasSize(sessions.size() + sample.plan().visits().size());
    for (int i = 0; i < sessions.size(); i++) {
      Session session = sessions.get(i);
      ServiceRequest request = requests.get(i);
      assertThat(request.getOccurrenceTiming().getEvent().get(0).getValueAsString())
          .isEqualTo(session.date().toString());
      assertThat(request.getOccurrenceTiming().getRepeat().getDuration().intValueExact())
          .isEqualTo(session.minutes());
      assertThat(request.getBodySite())
          .extracting(c -> c.getCodingFirstRep().getCode())
          .containsExactlyElementsOf(session.areas().stream().map(Enum::name).toList());
      Appointment appointment = appointments.get(i);
      assertThat(appointment.getStatus()).isEqualTo(Appointment.AppointmentStatus.PROPOSED);
      assertThat(appointment.getRequestedPeriodFirstRep().getStartElement().getValueAsString())
          .isEqualTo(session.date().toString());
      assertThat(appointment.getMinutesDuration()).isEqualTo(session.visitMinutes());
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void findingsResultsAndInstructionsAllArrive(Sample sample) {
    Bundle bundle = PlanBundle.of(sample.request(), sample.plan()).toBundle();
    CarePlan carePlan = resources(bundle, CarePlan.class).get(0);
    List<DetectedIssue> issues = resources(bundle, DetectedIssue.class);
    assertThat(issues).extracting(i -> i.getCode().getCodingFirstRep().getCode())
        .containsExactlyElementsOf(sample.plan().eligibility().findings().stream().map(f -> f.code()).toList());
    assertThat(carePlan.getSupportingInfo()).hasSize(issues.size());
    List<Goal> goals = resources(bundle, Goal.class);
    assertThat(goals).hasSize(sample.plan().results().size());
    for (int i = 0; i < goals.size(); i++) {
      assertThat(goals.get(i).getTargetFirstRep().getDueDateType().getValueAsString())
          .isEqualTo(sample.plan().results().get(i).days().to().toString());
    }
    long instructions =
        sample.plan().sessions().stream().mapToLong(s -> s.before().size() + s.after().size()).sum();
    long detailActivities = carePlan.getActivity().stream().filter(a -> a.hasDetail()).count();
    assertThat(detailActivities)
        .isEqualTo(instructions + sample.plan().eligibility().requiredTests().size());
    assertThat(carePlan.getCategoryFirstRep().getCodingFirstRep().getCode())
        .isEqualTo(sample.plan().eligibility().status().name());
    assertThat(carePlan.getInstantiatesCanonical()).hasSize(SessionResources.refs(sample.plan()).size());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theSameRequestGivesTheSameJsonAndNoPatientData(Sample sample) {
    String json = PlanBundle.of(sample.request(), sample.plan()).toJson();
    assertThat(PlanBundle.of(sample.request(), sample.plan()).toJson()).isEqualTo(json);
    sample.request().patient().birthDate().ifPresent(birth -> assertThat(json).doesNotContain(birth.toString()));
    sample.request().id().ifPresent(id -> assertThat(json).doesNotContain(id));
    assertThat(json).contains("\"timestamp\": \"" + sample.request().asOf() + "T00:00:00Z\"");
  }

  @ParameterizedTest
  @CsvSource({
    "ELIGIBLE, ACTIVE, PLAN",
    "ELIGIBLE_WITH_PRECAUTIONS, ACTIVE, PLAN",
    "REQUIRES_CLEARANCE, DRAFT, PROPOSAL",
    "DEFERRED, ONHOLD, PROPOSAL",
    "INELIGIBLE, REVOKED, PROPOSAL"
  })
  void eligibilityMapsToCarePlanStatusAndIntent(
      EligibilityStatus status, CarePlanStatus carePlanStatus, CarePlanIntent intent) {
    assertThat(StatusMapping.carePlanStatus(status)).isEqualTo(carePlanStatus);
    assertThat(StatusMapping.carePlanIntent(status)).isEqualTo(intent);
  }

  @ParameterizedTest
  @CsvSource({"ABSOLUTE, HIGH", "TEMPORARY, HIGH", "RELATIVE, MODERATE", "PRECAUTION, LOW"})
  void findingSeverityMapsToIssueSeverity(FindingSeverity severity, DetectedIssueSeverity issue) {
    assertThat(StatusMapping.issueSeverity(severity)).isEqualTo(issue);
  }

  @Test
  void writingToAStreamGivesTheSameJsonAndLeavesTheStreamOpen() {
    Sample sample = SamplePlans.all().get(0);
    boolean[] closed = {false};
    java.io.ByteArrayOutputStream bytes =
        new java.io.ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    PlanBundle export = PlanBundle.of(sample.request(), sample.plan());
    export.writeJson(bytes);
    assertThat(closed[0]).isFalse();
    assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(export.toJson());
  }

  @Test
  void aPlanFromAnotherRequestIsRefused() {
    Sample sample = SamplePlans.all().get(0);
    TreatmentRequest other = TreatmentRequest.builder().from(sample.request()).id("another").build();
    assertThatThrownBy(() -> PlanBundle.of(other, sample.plan()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plan.id: the plan was not made from this request");
  }

  @Test
  void bodySitesCarrySnomedWhereMappedAndAlwaysRegimensCode() {
    for (var area : org.regimen.request.BodyArea.values()) {
      List<Coding> codings = BodySites.concept(area).getCoding();
      assertThat(codings.get(0).getSystem()).isEqualTo(RegimenCodes.BODY_AREA);
      assertThat(codings.size()).isEqualTo(BodySites.snomed(area).isPresent() ? 2 : 1);
    }
    assertThat(BodySites.snomed(org.regimen.request.BodyArea.FACE)).contains("73897004");
    assertThat(BodySites.snomed(org.regimen.request.BodyArea.DECOLLETE)).isEmpty();
  }

  static <T extends Resource> List<T> resources(Bundle bundle, Class<T> type) {
    return bundle.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }
}
