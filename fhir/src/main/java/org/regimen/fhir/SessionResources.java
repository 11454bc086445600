package org.regimen.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.Appointment.ParticipationStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Timing;
import org.hl7.fhir.r4.model.Timing.UnitsOfTime;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentRef;
import org.regimen.plan.Visit;
import org.regimen.request.BodyArea;

/**
 * A session as FHIR: a {@code ServiceRequest} for the procedure (code, body sites, treatment minutes,
 * practitioners) and a proposed {@code Appointment} based on it (the day, the visit's minutes). FHIR
 * R4's Appointment has no body site, hence the two. Both are proposals: the day is known, the time is
 * the clinic's to book, so the Appointment has a {@code requestedPeriod} of that day and no start.
 */
final class SessionResources {
  private final Reference subject;
  private final String language;
  private final EligibilityStatus eligibility;

  SessionResources(Reference subject, String language, EligibilityStatus eligibility) {
    this.subject = subject;
    this.language = language;
    this.eligibility = eligibility;
  }

  ServiceRequest serviceRequest(Session session, TreatmentRef treatment, int count) {
    ServiceRequest request = new ServiceRequest();
    request.setLanguage(language);
    request.setStatus(StatusMapping.serviceRequestStatus(session.tentative()));
    request.setIntent(StatusMapping.serviceRequestIntent(eligibility));
    request.setCode(treatmentConcept(treatment));
    request.setSubject(subject.copy());
    for (BodyArea area : session.areas()) {
      request.addBodySite(BodySites.concept(area));
    }
    Timing timing = new Timing();
    timing.addEventElement().setValueAsString(session.date().toString());
    timing.getRepeat().setDuration(session.minutes()).setDurationUnit(UnitsOfTime.MIN);
    request.setOccurrence(timing);
    if (!session.practitioners().isEmpty()) {
      request.setPerformerType(new CodeableConcept().setText(String.join(", ", session.practitioners())));
    }
    request.setPatientInstruction(
        "Session " + session.number() + " of " + count + ". Allow about " + session.visitMinutes()
            + " minutes for the visit.");
    session.harvestSite()
        .ifPresent(site -> request.addNote().setText("Harvest site: " + BodySites.words(site) + "."));
    session.downtime()
        .ifPresent(days -> request.addNote().setText("Downtime: " + days.from() + " to " + days.to() + "."));
    return request;
  }

  Appointment sessionAppointment(Session session, TreatmentRef treatment, int count, String serviceRequestUrl) {
    Appointment appointment = proposed(session.date().toString());
    appointment.addServiceType(treatmentConcept(treatment));
    appointment.setMinutesDuration(session.visitMinutes());
    appointment.setDescription(treatment.name() + ": session " + session.number() + " of " + count);
    appointment.addBasedOn(new Reference(serviceRequestUrl));
    return appointment;
  }

  Appointment visitAppointment(Visit visit, String treatmentName) {
    Appointment appointment = proposed(visit.date().toString());
    appointment.setAppointmentType(
        RegimenCodes.concept(RegimenCodes.VISIT_KIND, visit.kind().name(), visit.purpose()));
    appointment.setDescription(treatmentName + ": " + visit.purpose());
    return appointment;
  }

  private Appointment proposed(String day) {
    Appointment appointment = new Appointment();
    appointment.setLanguage(language);
    appointment.setStatus(AppointmentStatus.PROPOSED);
    appointment.addRequestedPeriod(
        new Period().setStartElement(new DateTimeType(day)).setEndElement(new DateTimeType(day)));
    appointment
        .addParticipant()
        .setActor(subject.copy())
        .setStatus(ParticipationStatus.NEEDSACTION);
    return appointment;
  }

  static CodeableConcept treatmentConcept(TreatmentRef treatment) {
    return RegimenCodes.concept(RegimenCodes.TREATMENT, treatment.id(), treatment.name());
  }

  static List<TreatmentRef> refs(org.regimen.plan.TreatmentPlan plan) {
    return plan.treatment().map(List::of).orElse(plan.treatments());
  }
}
