package org.regimen.planning;

import java.time.LocalDate;
import java.util.List;
import org.regimen.request.ImmutablePatientProfile;
import org.regimen.request.Lifestyle;
import org.regimen.request.PatientProfile;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.Sex;

/** A man whose every screened fact is known and clean: the planner's and validation's tests share him. */
public final class KnownPatient {
  private KnownPatient() {}

  /** {@return a builder of the known, clean patient, to change one fact of} */
  public static ImmutablePatientProfile.Builder builder() {
    return PatientProfile.builder()
        .birthDate(LocalDate.of(1990, 3, 1))
        .sex(Sex.MALE)
        .pregnancy(PregnancyStatus.NONE)
        .conditions(List.of())
        .medications(List.of())
        .allergies(List.of())
        .areaFindings(List.of())
        .procedures(List.of())
        .lifestyle(Lifestyle.builder().smoker(false).frequentSolarium(false).build());
  }
}
