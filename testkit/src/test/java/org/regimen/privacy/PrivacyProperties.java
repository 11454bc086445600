package org.regimen.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.regimen.dates.DateRange;
import org.regimen.plan.Comparison;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.BodyArea;
import org.regimen.request.CalendarEvent;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.LabResult;
import org.regimen.request.Medication;
import org.regimen.request.PatientProfile;
import org.regimen.request.TreatmentRequest;
import org.regimen.testing.RequestGenerator;

/**
 * Over generated requests: {@code toString()} of the plan (and of the comparison) shows no date the
 * request holds, and {@code toString()} of the request shows none of the patient's dates.
 *
 * <p>The request itself prints two kinds of date on purpose, which are not the patient's: {@code
 * asOf} (the day the plan is made) and the clinic's closed dates. A patient date that happens to
 * equal one of them cannot be told apart, so it is not looked for in the request's text.
 */
class PrivacyProperties {
  private static final RequestGenerator REQUESTS =
      new RequestGenerator(
          SampleModule.ID,
          SampleModule.REGIMEN.treatments().get(0).indications(),
          EnumSet.allOf(BodyArea.class));

  @Test
  void planShowsNoDateOfTheRequest() {
    qt().withExamples(300)
        .withFixedSeed(20271111L)
        .forAll(REQUESTS.requests())
        .checkAssert(
            request -> {
              TreatmentPlan plan = SampleModule.REGIMEN.plan(request);
              String text = plan.toString();
              for (LocalDate date : allDates(request)) {
                assertThat(text).as("plan for %s shows %s", request.id().orElse(""), date).doesNotContain(date.toString());
              }
            });
  }

  @Test
  void comparisonShowsNoDateOfTheRequest() {
    qt().withExamples(100)
        .withFixedSeed(20271112L)
        .forAll(REQUESTS.requests())
        .checkAssert(
            request -> {
              Comparison comparison =
                  SampleModule.REGIMEN.compare(ImmutableTreatmentRequest.copyOf(request).withTreatment(Optional.empty()));
              String text = comparison.toString();
              for (LocalDate date : allDates(request)) {
                assertThat(text).as("comparison for %s shows %s", request.id().orElse(""), date).doesNotContain(date.toString());
              }
            });
  }

  @Test
  void requestShowsNoPatientDate() {
    qt().withExamples(300)
        .withFixedSeed(20271113L)
        .forAll(REQUESTS.requests())
        .checkAssert(
            request -> {
              Set<LocalDate> patientDates = patientDates(request);
              patientDates.remove(request.asOf());
              patientDates.removeAll(request.calendar().closedDates());
              String text = request.toString();
              String patientText = request.patient().toString();
              for (LocalDate date : patientDates) {
                assertThat(text).as("request %s shows %s", request.id().orElse(""), date).doesNotContain(date.toString());
                assertThat(patientText).as("patient of %s shows %s", request.id().orElse(""), date).doesNotContain(date.toString());
              }
            });
  }

  /** Every date anywhere in the request. */
  static Set<LocalDate> allDates(TreatmentRequest request) {
    Set<LocalDate> dates = patientDates(request);
    dates.add(request.asOf());
    dates.addAll(request.calendar().closedDates());
    return dates;
  }

  /** The dates that are the patient's: birth, medication, cycle, lab results, unavailable days, events. */
  static Set<LocalDate> patientDates(TreatmentRequest request) {
    Set<LocalDate> dates = new TreeSet<>();
    PatientProfile patient = request.patient();
    patient.birthDate().ifPresent(dates::add);
    request.earliestStart().ifPresent(dates::add);
    patient.medications().ifPresent(list -> list.stream().map(Medication::until).flatMap(Optional::stream).forEach(dates::add));
    patient.menstruation().flatMap(cycle -> cycle.lastStart()).ifPresent(dates::add);
    patient.labResults().stream().map(LabResult::date).forEach(dates::add);
    for (DateRange range : request.calendar().unavailable()) {
      dates.add(range.from());
      dates.add(range.to());
    }
    for (CalendarEvent event : request.calendar().events()) {
      dates.add(event.days().from());
      dates.add(event.days().to());
    }
    return dates;
  }
}
