package org.regimen.examples;

import java.time.LocalDate;
import java.util.List;
import org.regimen.Regimen;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.plan.ResultWindow;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.BodyArea;
import org.regimen.request.Indication;
import org.regimen.request.PatientProfile;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.Severity;
import org.regimen.request.Sex;
import org.regimen.request.StriaeAssessment;
import org.regimen.request.StriaeStage;
import org.regimen.request.TreatmentRequest;

/**
 * How a Java application plans a treatment with Regimen, without JSON.
 *
 * <ol>
 *   <li><b>Load once.</b> {@link Regimen#load()} finds every treatment module on the class path
 *       (here {@code regimen-treatment-prp}) with {@link java.util.ServiceLoader}. It is immutable
 *       and thread-safe: keep one instance for the whole application. A broken module fails loudly
 *       with a {@link org.regimen.catalog.CatalogException}.
 *   <li><b>Build the request</b> with the builders. {@code asOf} is required: the library never
 *       reads a clock, so plans are reproducible. For the patient, an absent attribute means "not
 *       known" and an empty list means "known: none"; unknowns that the protocol needs become
 *       findings that say what to confirm, so give what the clinic knows.
 *   <li><b>Plan.</b> {@link Regimen#plan(TreatmentRequest)} screens the patient and schedules the
 *       sessions on real dates. Not being eligible is not an exception: it is a plan with that
 *       status. An invalid request throws {@link InvalidRequestException} with every problem at
 *       once, each with its field path.
 *   <li><b>Read the plan:</b> the status, the dated sessions, and when results are expected.
 * </ol>
 *
 * <p>Run it from the repository root with {@code ./mvnw -B -pl examples -am package -DskipTests}
 * then {@code java -cp examples/target/regimen-cli.jar org.regimen.examples.EmbeddingExample}.
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  public static void main(String[] args) {
    // 1. Load once, share everywhere.
    Regimen regimen = Regimen.load();

    // 2. Build the request.
    TreatmentRequest request = stretchMarksRequest();

    // 3. Plan, and 4. read the plan.
    try {
      TreatmentPlan plan = regimen.plan(request);
      print(plan);
    } catch (InvalidRequestException invalid) {
      for (Problem problem : invalid.problems()) {
        System.out.println("invalid request: " + problem.path() + ": " + problem.message());
      }
    }
  }

  /** PRP for moderate, recent (red) stretch marks on the abdomen and the thighs. */
  static TreatmentRequest stretchMarksRequest() {
    PatientProfile patient =
        PatientProfile.builder()
            .birthDate(LocalDate.of(1994, 5, 2))
            .sex(Sex.FEMALE)
            .pregnancy(PregnancyStatus.NONE)
            // Known: none. Leaving them out would mean "not known" and give findings to confirm.
            .conditions(List.of())
            .medications(List.of())
            .allergies(List.of())
            .build();
    return TreatmentRequest.builder()
        .id("embedding-example") // the caller's own reference, never a patient identifier
        .asOf(LocalDate.of(2027, 1, 5)) // "today" for the plan
        .treatment("prp") // a module id, as listed by Regimen.treatments()
        .indication(Indication.STRETCH_MARKS)
        .striae(
            StriaeAssessment.builder()
                .stage(StriaeStage.RUBRA)
                .severity(Severity.MODERATE)
                .build())
        .addAreas(BodyArea.ABDOMEN, BodyArea.THIGHS)
        .patient(patient)
        .build();
  }

  private static void print(TreatmentPlan plan) {
    System.out.println("Status: " + plan.eligibility().status());
    System.out.println("Sessions:");
    for (Session session : plan.sessions()) {
      System.out.println(
          "  " + session.number() + ". " + session.date() + " " + session.date().getDayOfWeek()
              + (session.tentative() ? " (tentative)" : ""));
    }
    System.out.println("Results:");
    for (ResultWindow window : plan.results()) {
      System.out.println(
          "  " + window.phase() + ": " + window.days().from() + " to " + window.days().to());
    }
  }
}
