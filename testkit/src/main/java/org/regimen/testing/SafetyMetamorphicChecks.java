package org.regimen.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.regimen.Regimen;
import org.regimen.error.InvalidRequestException;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.TreatmentPlan;
import org.regimen.protocol.Coverage;
import org.regimen.protocol.Fact;
import org.regimen.request.ImmutablePatientProfile;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.Lifestyle;
import org.regimen.request.PatientProfile;
import org.regimen.request.Reproductive;
import org.regimen.request.Skin;
import org.regimen.request.TreatmentRequest;

/**
 * Metamorphic checks of screening over one generated request (issue 10, "How it is shown"): what a
 * recorded fact does to the plan, compared with the same request without it.
 *
 * <ul>
 *   <li>adding any adverse fact never makes the status less strict;
 *   <li>on a patient with nothing adverse recorded, adding any fact changes the plan unless the
 *       protocol declares that fact not relevant;
 *   <li>turning a known value into "not known" never makes the status less strict.
 * </ul>
 *
 * @since 0.1.0
 */
public final class SafetyMetamorphicChecks {
  private SafetyMetamorphicChecks() {}

  /** A piece of knowledge about the patient that can be forgotten. */
  public enum Knowledge {
    /** The birth date, so the age. */
    BIRTH_DATE(b -> b.birthDate(Optional.empty())),
    /** Whether the patient is pregnant or breastfeeding. */
    PREGNANCY(b -> b.pregnancy(Optional.empty())),
    /** The list of conditions (with their statuses). */
    CONDITIONS(b -> b.conditions(Optional.empty()).conditionDetails(List.of())),
    /** Each condition's status: not known, so judged as ACTIVE. */
    CONDITION_STATUSES(b -> b.conditionDetails(List.of())),
    /** The list of medications. */
    MEDICATIONS(b -> b.medications(Optional.empty())),
    /** The list of allergies. */
    ALLERGIES(b -> b.allergies(Optional.empty())),
    /** The findings on the areas to treat. */
    AREA_FINDINGS(b -> b.areaFindings(Optional.empty())),
    /** The Fitzpatrick phototype. */
    PHOTOTYPE(b -> b.skin(b.build().skin().map(s -> Skin.builder().from(s).fitzpatrick(Optional.empty()).build()))),
    /** The skin type. */
    SKIN_TYPE(b -> b.skin(b.build().skin().map(s -> Skin.builder().from(s).type(Optional.empty()).build()))),
    /** The menstrual cycle data. */
    MENSTRUATION(b -> b.menstruation(Optional.empty())),
    /** Whether the patient smokes. */
    SMOKER(b -> b.lifestyle(b.build().lifestyle().map(l -> Lifestyle.builder().from(l).smoker(Optional.empty()).build()))),
    /** Whether the patient uses a solarium often. */
    FREQUENT_SOLARIUM(
        b -> b.lifestyle(b.build().lifestyle().map(l -> Lifestyle.builder().from(l).frequentSolarium(Optional.empty()).build()))),
    /** The list of past procedures (fillers, lasers, peels and the like). */
    PROCEDURES(b -> b.procedures(Optional.empty())),
    /** The whole reproductive section: trying to conceive, a delivery and a pregnancy test. */
    REPRODUCTIVE(b -> b.reproductive(Optional.empty())),
    /** Whether the patient is trying to conceive. */
    TRYING_TO_CONCEIVE(
        b -> b.reproductive(b.build().reproductive().map(r -> Reproductive.builder().from(r).tryingToConceive(Optional.empty()).build())));

    private final UnaryOperator<ImmutablePatientProfile.Builder> forget;

    /**
     * {@return the knowledge whose loss is checked in every module: all of it, since unknowns gate}
     */
    public static List<Knowledge> checkedHere() {
      return List.of(values());
    }

    Knowledge(UnaryOperator<ImmutablePatientProfile.Builder> forget) {
      this.forget = forget;
    }

    TreatmentRequest forgotten(TreatmentRequest request) {
      PatientProfile patient = forget.apply(PatientProfile.builder().from(request.patient())).build();
      return ImmutableTreatmentRequest.copyOf(request).withPatient(patient);
    }
  }

  /**
   * Adding one adverse fact to the request (lists made known first) never loosens the status.
   *
   * @param regimen the library with the therapy
   * @param generated a generated request for the therapy
   */
  public static void addingAFactNeverLoosens(Regimen regimen, TreatmentRequest generated) {
    TreatmentRequest base = RecordedFacts.listsKnown(generated);
    EligibilityStatus before = regimen.plan(base).eligibility().status();
    for (Fact fact : RecordedFacts.adverse()) {
      Optional<TreatmentPlan> with = plan(regimen, RecordedFacts.with(base, fact));
      if (with.isEmpty()) {
        continue;
      }
      EligibilityStatus after = with.get().eligibility().status();
      assertThat(after)
          .as("adding %s to %s must not loosen the status %s", fact, generated.id().orElse(""), before)
          .isGreaterThanOrEqualTo(before);
    }
  }

  /**
   * On the request's clean patient (nothing adverse recorded), adding any recordable fact changes
   * the plan, unless the protocol declares the fact not relevant.
   *
   * @param regimen the library with the therapy
   * @param verdicts the coverage matrix's verdicts for the therapy's protocol
   * @param generated a generated request for the therapy
   */
  public static void everyJudgedFactChangesThePlan(
      Regimen regimen, Map<Fact, Coverage.Verdict> verdicts, TreatmentRequest generated) {
    TreatmentRequest base = RecordedFacts.clean(generated);
    TreatmentPlan plain = regimen.plan(base);
    for (Fact fact : RecordedFacts.recordable()) {
      Coverage.Verdict verdict = verdicts.get(fact);
      if (verdict.rules().isEmpty()) {
        continue; // declared not relevant: the plan may or may not change
      }
      Optional<TreatmentPlan> with = plan(regimen, RecordedFacts.with(base, fact));
      if (with.isEmpty()) {
        continue;
      }
      assertThat(with.get())
          .as(
              "%s is judged by %s, so recording it must change the plan of %s",
              fact, verdict.rules().get(0).code(), generated.id().orElse(""))
          .isNotEqualTo(plain);
    }
  }

  /**
   * Forgetting each of {@code knowledge} (a known value becomes unknown) never loosens the status
   * below what the known value gave, up to the gate an unknown sets: an unknown input to a ruling-out
   * rule asks for confirmation ({@code REQUIRES_CLEARANCE}, nothing bookable) rather than ruling the
   * patient out, so a known minor ({@code INELIGIBLE}) whose birth date is forgotten must still get
   * a plan that cannot be booked, and any plan that could not be booked stays so.
   *
   * @param regimen the library with the therapy
   * @param generated a generated request for the therapy
   * @param knowledge the pieces of knowledge to forget, one at a time
   */
  public static void forgettingNeverLoosens(
      Regimen regimen, TreatmentRequest generated, List<Knowledge> knowledge) {
    EligibilityStatus known = regimen.plan(generated).eligibility().status();
    EligibilityStatus floor =
        known.compareTo(EligibilityStatus.REQUIRES_CLEARANCE) > 0 ? EligibilityStatus.REQUIRES_CLEARANCE : known;
    for (Knowledge k : knowledge) {
      TreatmentRequest forgotten = k.forgotten(generated);
      if (forgotten.equals(generated)) {
        continue; // already unknown
      }
      TreatmentPlan plan = regimen.plan(forgotten);
      assertThat(plan.eligibility().status())
          .as("forgetting %s of %s must not loosen the status %s", k, generated.id().orElse(""), known)
          .isGreaterThanOrEqualTo(floor);
    }
  }

  /**
   * The plan, or empty when the request validation refuses the recorded fact (an outcome a test
   * cannot have, once outcomes are checked per test): a fact that cannot be recorded needs no verdict.
   */
  private static Optional<TreatmentPlan> plan(Regimen regimen, TreatmentRequest request) {
    try {
      return Optional.of(regimen.plan(request));
    } catch (InvalidRequestException refused) {
      return Optional.empty();
    }
  }
}
