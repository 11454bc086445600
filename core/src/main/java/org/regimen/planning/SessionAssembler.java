package org.regimen.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regimen.dates.DateRange;
import org.regimen.plan.ImmutableSession;
import org.regimen.plan.Session;
import org.regimen.plan.SessionVisit;
import org.regimen.protocol.Course;
import org.regimen.protocol.InstructionSpec;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.Sourced;
import org.regimen.protocol.StepSpec;
import org.regimen.request.BodyArea;
import org.regimen.request.TreatmentRequest;

/** Builds each dated session of one course from the protocol's data, sharing what every session has. */
final class SessionAssembler {
  static final String CONFIRM_ON_THE_DAY =
      "Close to a predicted period: confirm on the day that the patient is not menstruating.";
  static final String TENTATIVE =
      "Tentative: do not book until the findings that hold the plan back are resolved.";

  private final Protocol protocol;
  private final Course course;
  private final List<List<BodyArea>> visitAreas;
  private final boolean tentative;
  private final int minutes;
  private final List<String> steps;
  private final List<String> notes;
  private final Optional<BodyArea> harvestSite;
  private final List<InstructionSpec> preparation;

  SessionAssembler(
      Protocol protocol,
      Course course,
      TreatmentRequest request,
      List<List<BodyArea>> visitAreas,
      boolean tentative) {
    this.protocol = protocol;
    this.course = course;
    this.visitAreas = List.copyOf(visitAreas);
    this.tentative = tentative;
    this.minutes = course.timing().minutesFor(visitAreas.get(0).size());
    List<String> stepCodes = new ArrayList<>(course.steps().size());
    for (StepSpec step : course.steps()) {
      stepCodes.add(step.code());
    }
    this.steps = List.copyOf(stepCodes);
    List<String> courseNotes = new ArrayList<>();
    for (Sourced<String> note : course.notes()) {
      courseNotes.add(note.value());
    }
    this.notes = List.copyOf(courseNotes);
    this.harvestSite = HarvestSites.choose(course, request);
    this.preparation = DatedInstructions.forPatient(course.preparation(), request.patient());
  }

  /** The course's notes for the practitioner, stated once in the plan, not on every session. */
  List<String> courseNotes() {
    return notes;
  }

  /**
   * Session {@code number} on {@code date}; {@code further} are the days of its further visits
   * (empty unless the areas are split over visits), one for each group of areas after the first.
   */
  Session session(int number, LocalDate date, List<LocalDate> further, boolean nearPredictedPeriod) {
    LocalDate lastVisit = further.isEmpty() ? date : further.get(further.size() - 1);
    ImmutableSession.Builder session =
        Session.builder()
            .number(number)
            .date(date)
            .minutes(minutes)
            .visitMinutes(minutes + course.timing().visitOverheadMinutes().value())
            .timeOfDay(CoursePlanner.timeOfDay(course))
            .fastingHours(course.fastingHours().map(Sourced::value))
            .areas(visitAreas.get(0))
            .harvestSite(harvestSite)
            .practitioners(course.practitioners().value())
            .steps(steps)
            .before(DatedInstructions.before(protocol, preparation, date, number == 1))
            .after(DatedInstructions.after(protocol, course.aftercare(), date, lastVisit))
            .tentative(tentative);
    for (int v = 0; v < further.size(); v++) {
      List<BodyArea> group = visitAreas.get(v + 1);
      int visitMinutes = course.timing().minutesFor(group.size());
      session.addFurtherVisits(
          SessionVisit.builder()
              .date(further.get(v))
              .areas(group)
              .minutes(visitMinutes)
              .visitMinutes(visitMinutes + course.timing().visitOverheadMinutes().value())
              .build());
    }
    if (!further.isEmpty()) {
      session.addNotes(VisitSplit.note(visitAreas));
    }
    if (nearPredictedPeriod) {
      session.addNotes(CONFIRM_ON_THE_DAY);
    }
    if (tentative) {
      session.addNotes(TENTATIVE);
    }
    course.downtime()
        .filter(d -> d.value().days().max() > 0)
        .ifPresent(d -> session.downtime(
            DateRange.ofClosed(date, lastVisit.plusDays(d.value().days().max() - 1))));
    return session.build();
  }
}
