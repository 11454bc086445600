package org.regimen.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.regimen.request.ImmutableMedication;
import org.regimen.request.ImmutablePatientProfile;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.MedicationKind;
import org.regimen.request.TreatmentRequest;

/**
 * Issue 15: planning through the Java API with dates anywhere a {@link LocalDate} can be (a far
 * {@code asOf}, {@code until: 9999-12-31}, an earliest start years ahead) gives a plan whose JSON
 * reads back and holds only four-digit years, or an {@link org.regimen.error.InvalidRequestException}
 * naming contract paths; never another exception.
 */
class PlanningFuzzTest {
  private static final long FIRST_DAY = LocalDate.of(1, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

  @FuzzTest(maxDuration = "30m")
  void plan(FuzzedDataProvider data) {
    check(data);
  }

  /** The property, shared with {@link PlanningFuzzCi}, which fuzzes it briefly in every build. */
  static void check(FuzzedDataProvider data) {
    TreatmentRequest base = FuzzTargets.GENERATOR.generate(data.consumeLong());
    ImmutableTreatmentRequest.Builder request = ImmutableTreatmentRequest.builder().from(base);
    if (data.consumeBoolean()) {
      request.asOf(day(data));
    }
    if (data.consumeBoolean()) {
      request.earliestStart(day(data));
    }
    if (data.consumeBoolean()) {
      request.treatment(Optional.empty()); // a comparison
    }
    if (data.consumeBoolean()) {
      MedicationKind kind = data.pickValue(MedicationKind.values());
      request.patient(
          ImmutablePatientProfile.copyOf(base.patient())
              .withMedications(List.of(ImmutableMedication.builder().kind(kind).until(day(data)).build())));
    }
    FuzzTargets.answer(request.build());
  }

  private static LocalDate day(FuzzedDataProvider data) {
    return LocalDate.ofEpochDay(data.consumeLong(FIRST_DAY, LAST_DAY));
  }
}
