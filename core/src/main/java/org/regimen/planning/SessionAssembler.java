package org.regimen.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regimen.dates.DateRange;
import org.regimen.plan.ImmutableSession;
import org.regimen.plan.Session;
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
  private final List<BodyArea> areas;
  private final boolean tentative;
  private final int minutes;
  private final List<String> steps;
  private final List<String> notes;
  private final Optional<BodyArea> harvestSite;
  private final List<InstructionSpec> preparation;

  SessionAssembler(
      Protocol protocol, Course course, TreatmentRequest request, List<BodyArea> areas, boolean tentative) {
    this.protocol = protocol;
    this.course = course;
    this.areas = List.copyOf(areas);
    this.tentative = tentative;
    this.minutes = course.timing().minutesFor(areas.size());
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

  Session session(int number, LocalDate date, boolean nearPredictedPeriod) {
    ImmutableSession.Builder session =
        Session.builder()
            .number(number)
            .date(date)
            .minutes(minutes)
            .visitMinutes(minutes + course.timing().visitOverheadMinutes().value())
            .timeOfDay(CoursePlanner.timeOfDay(course))
            .fastingHours(course.fastingHours().map(Sourced::value))
            .areas(areas)
            .harvestSite(harvestSite)
            .practitioners(course.practitioners().value())
            .steps(steps)
            .notes(notes)
            .before(DatedInstructions.before(protocol, preparation, date, number == 1))
            .after(DatedInstructions.after(protocol, course.aftercare(), date))
            .tentative(tentative);
    if (nearPredictedPeriod) {
      session.addNotes(CONFIRM_ON_THE_DAY);
    }
    if (tentative) {
      session.addNotes(TENTATIVE);
    }
    course.downtime()
        .filter(d -> d.value().days().max() > 0)
        .ifPresent(d -> session.downtime(
            DateRange.ofClosed(date, date.plusDays(d.value().days().max() - 1))));
    return session.build();
  }
}
