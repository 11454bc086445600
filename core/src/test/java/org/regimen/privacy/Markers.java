package org.regimen.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.regimen.dates.DateRange;
import org.regimen.request.Allergy;
import org.regimen.request.AreaCondition;
import org.regimen.request.AreaFinding;
import org.regimen.request.BodyArea;
import org.regimen.request.CalendarConstraints;
import org.regimen.request.CalendarEvent;
import org.regimen.request.Clinic;
import org.regimen.request.Condition;
import org.regimen.request.Fitzpatrick;
import org.regimen.request.ImmutableCalendarEvent;
import org.regimen.request.Indication;
import org.regimen.request.LabOutcome;
import org.regimen.request.LabResult;
import org.regimen.request.LabTest;
import org.regimen.request.Lifestyle;
import org.regimen.request.Medication;
import org.regimen.request.MedicationKind;
import org.regimen.request.MenstrualCycle;
import org.regimen.request.PatientProfile;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.Severity;
import org.regimen.request.Sex;
import org.regimen.request.Skin;
import org.regimen.request.SkinType;
import org.regimen.request.StriaeAssessment;
import org.regimen.request.StriaeStage;
import org.regimen.request.TreatmentRequest;

/**
 * One request whose patient values are markers: odd dates, a text marker, unusual numbers and
 * enum values, each in a field that is the patient's (not the clinic's), built twice (with the
 * builders and as JSON) so both paths are checked. A text showing any marker leaks patient data.
 *
 * <p>Not markers, because they are not the patient's: the request's {@code id} (the caller's own
 * reference), {@code asOf} (the day the plan is made), the clinic and its closed dates, and the
 * treatment asked for. The request shows {@code earliestStart} and the indication today; see {@link
 * ToStringPrivacyTest#earliestStartAndIndicationAreNotShown()}.
 */
final class Markers {
  static final String TEXT = "ZZMARKER";

  static final LocalDate AS_OF = LocalDate.of(2027, 1, 5);
  static final LocalDate BIRTH = LocalDate.of(1911, 11, 11);
  static final LocalDate ANTIBIOTIC_UNTIL = LocalDate.of(2027, 1, 9);
  static final LocalDate SUPPLEMENT_UNTIL = LocalDate.of(2027, 1, 17);
  static final LocalDate PERIOD_START = LocalDate.of(2026, 12, 29);
  static final LocalDate HIV_DATE = LocalDate.of(2026, 12, 21);
  static final LocalDate HEPATITIS_DATE = LocalDate.of(2026, 12, 22);
  static final LocalDate SYPHILIS_DATE = LocalDate.of(2026, 12, 23);
  static final LocalDate BLOOD_COUNT_DATE = LocalDate.of(2026, 12, 24);
  static final DateRange UNAVAILABLE = DateRange.ofClosed(LocalDate.of(2027, 2, 2), LocalDate.of(2027, 2, 12));
  static final DateRange EVENT = DateRange.ofClosed(LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 4));
  static final int CYCLE_DAYS = 37;
  static final int PERIOD_DAYS = 11;
  static final int STRIAE_AGE_MONTHS = 177;

  /** The clinic's own values: allowed to show, and shown, so they prove nothing is over-redacted. */
  static final String CLINIC_NAME = "Clinic Aurora";

  static final LocalDate CLOSED = LocalDate.of(2027, 4, 5);

  /** Every value above as it would print, plus the patient's enum values and areas. */
  static final List<String> ALL =
      List.of(
          TEXT,
          BIRTH.toString(),
          "1911",
          ANTIBIOTIC_UNTIL.toString(),
          SUPPLEMENT_UNTIL.toString(),
          PERIOD_START.toString(),
          HIV_DATE.toString(),
          HEPATITIS_DATE.toString(),
          SYPHILIS_DATE.toString(),
          BLOOD_COUNT_DATE.toString(),
          UNAVAILABLE.from().toString(),
          UNAVAILABLE.to().toString(),
          EVENT.from().toString(),
          EVENT.to().toString(),
          "=" + CYCLE_DAYS,
          "=" + PERIOD_DAYS,
          String.valueOf(STRIAE_AGE_MONTHS),
          // enum values only the patient's data holds
          "FEMALE",
          "ANTIBIOTIC",
          "BLOOD_THINNING_SUPPLEMENT",
          "VARICOSE_VEINS",
          "LATEX",
          "ACTIVE_INFECTION",
          "ALBA",
          "SEVERE",
          "OILY",
          "NEGATIVE",
          "NORMAL",
          // the areas, and the findings and dates the plan derives from them
          "ABDOMEN",
          "THIGHS",
          "HIPS");

  private Markers() {}

  static TreatmentRequest request() {
    return TreatmentRequest.builder()
        .id("privacy-test-1")
        .asOf(AS_OF)
        .clinic(Clinic.builder().name(CLINIC_NAME).phone("+00 000").build())
        .treatment(SampleModule.ID)
        .indication(Indication.STRETCH_MARKS)
        .striae(
            StriaeAssessment.builder()
                .stage(StriaeStage.ALBA)
                .ageMonths(STRIAE_AGE_MONTHS)
                .severity(Severity.SEVERE)
                .build())
        .areas(List.of(BodyArea.ABDOMEN, BodyArea.THIGHS, BodyArea.HIPS))
        .patient(patient())
        .calendar(calendar())
        .build();
  }

  static PatientProfile patient() {
    return PatientProfile.builder()
        .birthDate(BIRTH)
        .sex(Sex.FEMALE)
        .pregnancy(PregnancyStatus.NONE)
        .conditions(List.of(Condition.VARICOSE_VEINS))
        .medications(
            List.of(
                Medication.until(MedicationKind.ANTIBIOTIC, ANTIBIOTIC_UNTIL),
                Medication.until(MedicationKind.BLOOD_THINNING_SUPPLEMENT, SUPPLEMENT_UNTIL)))
        .allergies(List.of(Allergy.LATEX))
        .areaFindings(List.of(AreaFinding.of(BodyArea.THIGHS, AreaCondition.ACTIVE_INFECTION)))
        .skin(Skin.builder().fitzpatrick(Fitzpatrick.V).type(SkinType.OILY).build())
        .menstruation(
            MenstrualCycle.builder().lastStart(PERIOD_START).cycleDays(CYCLE_DAYS).periodDays(PERIOD_DAYS).build())
        .addLabResults(
            LabResult.of(LabTest.HIV, LabOutcome.NEGATIVE, HIV_DATE),
            LabResult.of(LabTest.HEPATITIS, LabOutcome.NEGATIVE, HEPATITIS_DATE),
            LabResult.of(LabTest.SYPHILIS, LabOutcome.NEGATIVE, SYPHILIS_DATE),
            LabResult.of(LabTest.BLOOD_COUNT, LabOutcome.NORMAL, BLOOD_COUNT_DATE))
        .lifestyle(Lifestyle.builder().smoker(true).frequentSolarium(true).build())
        .build();
  }

  static CalendarConstraints calendar() {
    return CalendarConstraints.builder()
        .addClosedDates(CLOSED)
        .addUnavailable(UNAVAILABLE)
        .addEvents(ImmutableCalendarEvent.builder().days(EVENT).name(TEXT + " wedding").build())
        .build();
  }

  static CalendarEvent event() {
    return calendar().events().get(0);
  }

  /** The same request as JSON, as a caller of the JSON contract sends it. */
  static String json() {
    return """
        {
          "id": "privacy-test-1",
          "asOf": "2027-01-05",
          "clinic": { "name": "Clinic Aurora", "phone": "+00 000" },
          "treatment": "sample-prp",
          "indication": "STRETCH_MARKS",
          "striae": { "stage": "ALBA", "ageMonths": 177, "severity": "SEVERE" },
          "areas": ["ABDOMEN", "THIGHS", "HIPS"],
          "patient": {
            "birthDate": "1911-11-11",
            "sex": "FEMALE",
            "pregnancy": "NONE",
            "conditions": ["VARICOSE_VEINS"],
            "medications": [
              { "kind": "ANTIBIOTIC", "until": "2027-01-09" },
              { "kind": "BLOOD_THINNING_SUPPLEMENT", "until": "2027-01-17" }
            ],
            "allergies": ["LATEX"],
            "areaFindings": [{ "area": "THIGHS", "finding": "ACTIVE_INFECTION" }],
            "skin": { "fitzpatrick": "V", "type": "OILY" },
            "menstruation": { "lastStart": "2026-12-29", "cycleDays": 37, "periodDays": 11 },
            "labResults": [
              { "test": "HIV", "result": "NEGATIVE", "date": "2026-12-21" },
              { "test": "HEPATITIS", "result": "NEGATIVE", "date": "2026-12-22" },
              { "test": "SYPHILIS", "result": "NEGATIVE", "date": "2026-12-23" },
              { "test": "BLOOD_COUNT", "result": "NORMAL", "date": "2026-12-24" }
            ],
            "lifestyle": { "smoker": true, "frequentSolarium": true }
          },
          "calendar": {
            "closedDates": ["2027-04-05"],
            "unavailable": [{ "from": "2027-02-02", "to": "2027-02-12" }],
            "events": [{ "from": "2027-03-03", "to": "2027-03-04", "name": "ZZMARKER wedding" }]
          }
        }
        """;
  }

  /** Asserts {@code text} shows none of the markers. */
  static void assertNoMarker(String what, String text) {
    for (String marker : ALL) {
      assertThat(text).as("%s shows the patient value %s:%n%s", what, marker, text).doesNotContain(marker);
    }
  }
}
