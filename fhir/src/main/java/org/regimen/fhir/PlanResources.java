package org.regimen.fhir;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.Finding;
import org.regimen.plan.RequiredTest;
import org.regimen.plan.ResultWindow;
import org.regimen.plan.Risk;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.plan.TreatmentRef;
import org.regimen.plan.Visit;
import org.regimen.request.TreatmentRequest;

/** Builds the Bundle of one plan; one instance per export. */
final class PlanResources {
  private final TreatmentRequest request;
  private final TreatmentPlan plan;
  private final FullUrls urls;
  private final Reference subject;
  private final Optional<Patient> placeholder;
  private final String language;
  private final String asOf;
  private final List<TreatmentRef> treatments;
  private final Bundle bundle = new Bundle();

  PlanResources(TreatmentRequest request, TreatmentPlan plan, Optional<String> subjectReference) {
    this.request = request;
    this.plan = plan;
    this.urls = new FullUrls(request.id().orElse("asOf-" + request.asOf()));
    this.language = plan.language();
    this.asOf = request.asOf().toString();
    this.treatments = SessionResources.refs(plan);
    if (subjectReference.isPresent()) {
      this.subject = new Reference(subjectReference.get());
      this.placeholder = Optional.empty();
    } else {
      // The request carries no identity: an empty Patient stands in for the integrator's own record.
      this.subject = new Reference(urls.of("Patient", "subject")).setDisplay("the patient of this plan");
      this.placeholder = Optional.of(placeholderPatient());
    }
  }

  /** A Patient with nothing but a narrative saying what it stands for: no data of the patient. */
  private static Patient placeholderPatient() {
    Patient patient = new Patient();
    patient.getText().setStatus(Narrative.NarrativeStatus.GENERATED);
    patient.getText().setDivAsString(
        "<div xmlns=\"http://www.w3.org/1999/xhtml\">The patient this plan was made for:"
            + " link it to the patient's record.</div>");
    return patient;
  }

  Bundle build() {
    bundle.setType(BundleType.COLLECTION);
    bundle.setTimestampElement(new InstantType(asOf + "T00:00:00Z"));
    String carePlanUrl = urls.of("CarePlan", "plan");
    CarePlan carePlan = carePlan();
    add(carePlanUrl, carePlan);
    placeholder.ifPresent(patient -> add(subject.getReference(), patient));
    addSessions(carePlan);
    addVisits(carePlan);
    addInstructions(carePlan);
    addRequiredTests(carePlan);
    addFindings(carePlan, carePlanUrl);
    addGoals(carePlan);
    addNotes(carePlan);
    return bundle;
  }

  private CarePlan carePlan() {
    CarePlan carePlan = new CarePlan();
    carePlan.setLanguage(language);
    var status = plan.eligibility().status();
    carePlan.setStatus(StatusMapping.carePlanStatus(status));
    carePlan.setIntent(StatusMapping.carePlanIntent(status));
    carePlan.addCategory(RegimenCodes.concept(RegimenCodes.ELIGIBILITY, status.name(), words(status.name())));
    // One category per indication: a combination's treatments may each treat their own.
    java.util.Set<org.regimen.request.Indication> indications = new java.util.LinkedHashSet<>();
    indications.add(plan.indication());
    for (TreatmentRef treatment : treatments) {
      treatment.indication().ifPresent(indications::add);
    }
    for (org.regimen.request.Indication indication : indications) {
      carePlan.addCategory(
          RegimenCodes.concept(RegimenCodes.INDICATION, indication.name(), words(indication.name())));
    }
    carePlan.setTitle(names());
    carePlan.setSubject(subject.copy());
    carePlan.setCreatedElement(new DateTimeType(asOf));
    for (TreatmentRef treatment : treatments) {
      carePlan.addInstantiatesCanonical(
          RegimenCodes.planDefinitionUrl(treatment.id()) + "|" + treatment.protocolVersion());
    }
    period().ifPresent(carePlan::setPeriod);
    return carePlan;
  }

  private Optional<Period> period() {
    List<LocalDate> days =
        Stream.concat(
                plan.sessions().stream().map(Session::date), plan.visits().stream().map(Visit::date))
            .sorted()
            .toList();
    if (days.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Period()
            .setStartElement(new DateTimeType(days.get(0).toString()))
            .setEndElement(new DateTimeType(days.get(days.size() - 1).toString())));
  }

  private void addSessions(CarePlan carePlan) {
    SessionResources sessions = new SessionResources(subject, language, plan.eligibility().status());
    Map<String, Long> counts =
        plan.sessions().stream().collect(Collectors.groupingBy(this::treatmentId, Collectors.counting()));
    for (Session session : plan.sessions()) {
      TreatmentRef treatment = treatment(treatmentId(session));
      int count = counts.get(treatment.id()).intValue();
      String place = treatment.id() + "|" + session.number();
      String requestUrl = urls.of("ServiceRequest", place);
      ServiceRequest serviceRequest = sessions.serviceRequest(session, treatment, count);
      add(requestUrl, serviceRequest);
      String appointmentUrl = urls.of("Appointment", "session", place);
      Appointment appointment = sessions.sessionAppointment(session, treatment, count, requestUrl);
      add(appointmentUrl, appointment);
      carePlan.addActivity().setReference(new Reference(appointmentUrl));
    }
  }

  private void addVisits(CarePlan carePlan) {
    SessionResources visits = new SessionResources(subject, language, plan.eligibility().status());
    Map<String, Integer> index = new HashMap<>();
    for (Visit visit : plan.visits()) {
      String key = visit.treatment().orElse("plan");
      int n = index.merge(key, 1, Integer::sum);
      String url = urls.of("Appointment", "visit", key, Integer.toString(n));
      String name = visit.treatment().map(id -> treatment(id).name()).orElse(names());
      add(url, visits.visitAppointment(visit, name));
      carePlan.addActivity().setReference(new Reference(url));
    }
  }

  /** Dated preparation and aftercare: an activity each, scheduled on its days, coded by the protocol. */
  private void addInstructions(CarePlan carePlan) {
    for (Session session : plan.sessions()) {
      for (DatedInstruction instruction : session.before()) {
        carePlan.addActivity().setDetail(instruction(instruction, "Before session " + session.number()));
      }
      for (DatedInstruction instruction : session.after()) {
        carePlan.addActivity().setDetail(instruction(instruction, "After session " + session.number()));
      }
    }
  }

  private CarePlanActivityDetailComponent instruction(DatedInstruction instruction, String when) {
    CarePlanActivityDetailComponent detail = new CarePlanActivityDetailComponent();
    detail.setCode(RegimenCodes.concept(RegimenCodes.INSTRUCTION, instruction.code(), instruction.text()));
    detail.setStatus(CarePlanActivityStatus.NOTSTARTED);
    detail.setScheduled(
        new Period()
            .setStartElement(new DateTimeType(instruction.days().from().toString()))
            .setEndElement(new DateTimeType(instruction.days().to().toString())));
    detail.setDescription(when + ": " + instruction.text());
    return detail;
  }

  private void addRequiredTests(CarePlan carePlan) {
    for (RequiredTest test : plan.eligibility().requiredTests()) {
      CarePlanActivityDetailComponent detail = new CarePlanActivityDetailComponent();
      detail.setKind(CarePlan.CarePlanActivityKind.SERVICEREQUEST);
      detail.setCode(RegimenCodes.concept(RegimenCodes.LAB_TEST, test.test().name(), words(test.test().name())));
      detail.setStatus(CarePlanActivityStatus.NOTSTARTED);
      detail.setDescription(
          "Laboratory test before session 1 (" + words(test.reason().name()) + " result).");
      carePlan.addActivity().setDetail(detail);
    }
  }

  private void addFindings(CarePlan carePlan, String carePlanUrl) {
    int n = 0;
    for (Finding finding : plan.eligibility().findings()) {
      String url = urls.of("DetectedIssue", Integer.toString(++n));
      add(url, FindingIssues.issue(finding, subject, carePlanUrl, language, asOf));
      carePlan.addSupportingInfo(new Reference(url));
    }
  }

  private void addGoals(CarePlan carePlan) {
    int n = 0;
    for (ResultWindow window : plan.results()) {
      String url = urls.of("Goal", Integer.toString(++n));
      String name = window.treatment().map(id -> treatment(id).name()).orElse(names());
      add(url, ResultGoals.goal(window, name, subject, language));
      carePlan.addGoal(new Reference(url));
    }
  }

  /** Risks, maintenance and cost have no resource of their own in a care plan: notes. */
  private void addNotes(CarePlan carePlan) {
    for (Risk risk : plan.risks()) {
      StringBuilder text = new StringBuilder("Risk (")
          .append(words(risk.likelihood().name())).append(", ")
          .append(words(risk.site().name())).append(" site): ").append(risk.text());
      risk.resolvesInDays()
          .ifPresent(d -> text.append(" Clears in ").append(d.min()).append(" to ").append(d.max()).append(" days."));
      risk.note().ifPresent(note -> text.append(" ").append(note));
      text.append(" (Source: ").append(risk.source()).append(")");
      carePlan.addNote().setText(text.toString());
    }
    plan.maintenance().ifPresent(m -> {
      String days = m.days().map(d -> " Due " + d.from() + " to " + d.to() + ".").orElse("");
      carePlan.addNote().setText("Maintenance: " + m.text() + days + " (Source: " + m.source() + ")");
    });
    plan.cost().ifPresent(c -> carePlan.addNote().setText(
        "Estimated cost: " + c.currency() + " " + c.min() + " to " + c.max() + "."));
    if (!plan.sources().isEmpty()) {
      carePlan.addNote().setText("Sources: " + String.join("; ", plan.sources()));
    }
  }

  private void add(String fullUrl, Resource resource) {
    bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
  }

  private String treatmentId(Session session) {
    return session.treatment().orElseGet(() -> treatments.get(0).id());
  }

  private TreatmentRef treatment(String id) {
    return treatments.stream()
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("plan.treatments: no treatment " + id));
  }

  private String names() {
    return treatments.stream().map(TreatmentRef::name).collect(Collectors.joining(" + "));
  }

  private static String words(String code) {
    return code.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
  }
}
