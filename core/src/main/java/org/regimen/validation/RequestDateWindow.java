package org.regimen.validation;

import java.time.LocalDate;
import java.util.List;
import org.regimen.dates.DateRange;
import org.regimen.dates.DateWindow;
import org.regimen.error.Problem;
import org.regimen.request.CalendarConstraints;
import org.regimen.request.CalendarEvent;
import org.regimen.request.LabResult;
import org.regimen.request.PatientProfile;
import org.regimen.request.TreatmentRequest;

/**
 * Every date of a request inside {@link DateWindow}, with the contract's path of each date that is
 * not. A medication's {@code until} is not checked: beyond the window it means an ongoing course.
 */
final class RequestDateWindow {
  private RequestDateWindow() {}

  static void check(TreatmentRequest request, List<Problem> problems) {
    check("asOf", request.asOf(), problems);
    request.earliestStart().ifPresent(d -> check("earliestStart", d, problems));
    PatientProfile patient = request.patient();
    patient.birthDate().ifPresent(d -> check("patient.birthDate", d, problems));
    patient
        .menstruation()
        .flatMap(c -> c.lastStart())
        .ifPresent(start -> check("patient.menstruation.lastStart", start, problems));
    for (int i = 0; i < patient.conditionDetails().size(); i++) {
      int at = patient.conditions().orElse(List.of()).indexOf(patient.conditionDetails().get(i).code());
      String path = "patient.conditions[" + at + "].since";
      patient.conditionDetails().get(i).since().ifPresent(d -> check(path, d, problems));
    }
    patient.reproductive().ifPresent(rep -> {
      rep.deliveredOn().ifPresent(d -> check("patient.reproductive.deliveredOn", d, problems));
      rep.pregnancyTest().ifPresent(t -> check("patient.reproductive.pregnancyTest.date", t.date(), problems));
    });
    List<LabResult> labs = patient.labResults();
    for (int i = 0; i < labs.size(); i++) {
      check("patient.labResults[" + i + "].date", labs.get(i).date(), problems);
    }
    CalendarConstraints calendar = request.calendar();
    // A sorted set: its order is not the input's, so the problem names the list, not an index.
    if (!calendar.closedDates().stream().allMatch(DateWindow::contains)) {
      problems.add(Problem.of("calendar.closedDates", "every date " + DateWindow.MESSAGE));
    }
    for (int u = 0; u < calendar.unavailable().size(); u++) {
      check("calendar.unavailable[" + u + "]", calendar.unavailable().get(u), problems);
    }
    List<CalendarEvent> events = calendar.events();
    for (int e = 0; e < events.size(); e++) {
      check("calendar.events[" + e + "]", events.get(e).days(), problems);
    }
  }

  private static void check(String path, DateRange range, List<Problem> problems) {
    check(path + ".from", range.from(), problems);
    check(path + ".to", range.to(), problems);
  }

  private static void check(String path, LocalDate date, List<Problem> problems) {
    if (!DateWindow.contains(date)) {
      problems.add(Problem.of(path, DateWindow.MESSAGE));
    }
  }
}
