package org.regimen.treatment.stemcell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.regimen.plan.Finding;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.BodyArea;
import org.regimen.request.ImmutablePatientProfile;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.Indication;
import org.regimen.request.Medication;
import org.regimen.request.MedicationKind;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.Severity;
import org.regimen.request.StriaeAssessment;
import org.regimen.request.StriaeStage;
import org.regimen.request.TreatmentRequest;
import org.regimen.testing.RequestGenerator;

/** Properties of the stem cell plans over generated requests (core's generator, every body area). */
class StemCellProperties {
  private static final long SEED = 20270105L;
  private static final int EXAMPLES = 300;
  private static final Gen<TreatmentRequest> REQUESTS =
      new RequestGenerator("stemcell", EnumSet.of(Indication.STRETCH_MARKS), EnumSet.allOf(BodyArea.class)).requests();

  /** The finding and the missing harvest site always go together; a site is never a treated area. */
  @Test
  void aSessionHasAFreeHarvestSiteOrThePlanSaysWhyNot() {
    qt().withExamples(EXAMPLES).withFixedSeed(SEED).forAll(REQUESTS).checkAssert(request -> {
      TreatmentPlan plan = Requests.plan(request);
      boolean unavailable = hasFinding(plan, HarvestSiteCheck.CODE);
      for (Session session : plan.sessions()) {
        assertThat(session.harvestSite().isEmpty()).as("no harvest site exactly when the finding says so").isEqualTo(unavailable);
        session.harvestSite().ifPresent(site -> {
          assertThat(site).isIn(BodyArea.ABDOMEN, BodyArea.FLANKS);
          assertThat(request.areas()).doesNotContain(site);
        });
      }
    });
  }

  /** 30 minutes for one area, 15 per further area, never outside 30 to 60 (001). */
  @Test
  void minutesGrowWithThePlannedAreasWithinThirtyToSixty() {
    qt().withExamples(EXAMPLES).withFixedSeed(SEED).forAll(REQUESTS).checkAssert(request -> {
      for (Session session : Requests.plan(request).sessions()) {
        int areas = session.areas().size();
        assertThat(session.minutes()).isEqualTo(Math.min(60, 30 + 15 * (areas - 1))).isBetween(30, 60);
      }
    });
  }

  /** Session 1 leaves the 14 days the supplement stop needs, whatever else holds it. */
  @Test
  void sessionOneIsAtLeastTwoWeeksAfterAsOf() {
    qt().withExamples(EXAMPLES).withFixedSeed(SEED).forAll(REQUESTS).checkAssert(request -> {
      List<Session> sessions = Requests.plan(request).sessions();
      if (!sessions.isEmpty()) {
        assertThat(sessions.get(0).date()).isAfterOrEqualTo(request.asOf().plusDays(14));
      }
    });
  }

  /**
   * Severe, white or older-than-a-year marks get 3 sessions; every other assessment 2. Severe in any
   * area planned counts (issue 12: an area's own severity replaces the striae's for that area, and the
   * course follows the most severe area).
   */
  @Test
  void theCountFollowsTheAssessment() {
    qt().withExamples(EXAMPLES).withFixedSeed(SEED).forAll(REQUESTS).checkAssert(request -> {
      List<Session> sessions = Requests.plan(request).sessions();
      if (!sessions.isEmpty()) {
        EnumSet<BodyArea> planned = EnumSet.noneOf(BodyArea.class);
        for (Session session : sessions) {
          planned.addAll(session.areas());
          session.furtherVisits().forEach(v -> planned.addAll(v.areas()));
        }
        assertThat(sessions).hasSize(needsMore(request, planned) ? 3 : 2);
      }
    });
  }

  private static boolean needsMore(TreatmentRequest request, EnumSet<BodyArea> planned) {
    Optional<Severity> general = request.striae().flatMap(StriaeAssessment::severity);
    List<org.regimen.request.AreaAssessment> perArea =
        request.assessment().map(a -> a.areas()).orElse(List.of());
    boolean severe = false;
    for (BodyArea area : planned) {
      Optional<Severity> own =
          perArea.stream().filter(a -> a.area() == area).map(a -> a.severity()).findFirst().or(() -> general);
      severe |= own.filter(Severity.SEVERE::equals).isPresent();
    }
    return severe || needsMore(request.striae());
  }

  /** No plan ever tells anyone to stop a prescribed medicine, with or without a blood thinner. */
  @Test
  void noTextTellsToStopAPrescribedMedicine() {
    qt().withExamples(EXAMPLES).withFixedSeed(SEED).forAll(REQUESTS).checkAssert(request -> {
      for (TreatmentRequest variant : List.of(request, onBloodThinners(request))) {
        assertThat(PlanTexts.all(Requests.plan(variant))).noneMatch(PlanTexts::tellsToStopAPrescribedMedicine);
      }
    });
  }

  /** A patient on a prescribed blood thinner: one dateless finding for the prescriber, tentative sessions. */
  @Test
  void aPrescribedBloodThinnerAlwaysNeedsThePrescriber() {
    qt().withExamples(EXAMPLES).withFixedSeed(SEED).forAll(REQUESTS).checkAssert(request -> {
      TreatmentPlan plan = Requests.plan(onBloodThinners(request));
      assertThat(plan.eligibility().findings().stream()
              .filter(f -> f.code().equals("PRESCRIBED_BLOOD_THINNER") || f.code().equals("ANTICOAGULANT_THERAPY")))
          .singleElement()
          .satisfies(f -> assertThat(f.until()).isEmpty());
      assertThat(plan.sessions()).allMatch(Session::tentative);
    });
  }

  /** The baseline's pregnancy rule is never dropped: no sessions in pregnancy. */
  @Test
  void aPregnantPatientNeverGetsSessions() {
    qt().withExamples(EXAMPLES).withFixedSeed(SEED).forAll(REQUESTS).checkAssert(request -> {
      ImmutablePatientProfile pregnant =
          ImmutablePatientProfile.copyOf(request.patient())
              .withSex(org.regimen.request.Sex.FEMALE) // a man recorded as pregnant is an input error
              .withPregnancy(PregnancyStatus.PREGNANT);
      TreatmentPlan plan = Requests.plan(ImmutableTreatmentRequest.copyOf(request).withPatient(pregnant));
      assertThat(plan.sessions()).isEmpty();
      assertThat(hasFinding(plan, "PREGNANCY")).isTrue();
    });
  }

  /** White or older than a year (the severity is read per area above). */
  private static boolean needsMore(Optional<StriaeAssessment> striae) {
    if (striae.isEmpty()) {
      return false;
    }
    StriaeAssessment s = striae.get();
    return s.stage().filter(StriaeStage.ALBA::equals).isPresent()
        || s.ageMonths().filter(months -> months > 12).isPresent();
  }

  private static TreatmentRequest onBloodThinners(TreatmentRequest request) {
    ImmutablePatientProfile patient =
        ImmutablePatientProfile.copyOf(request.patient())
            .withMedications(List.of(Medication.ongoing(MedicationKind.ANTICOAGULANT), Medication.ongoing(MedicationKind.ANTIPLATELET)));
    return ImmutableTreatmentRequest.copyOf(request).withPatient(patient);
  }

  private static boolean hasFinding(TreatmentPlan plan, String code) {
    return plan.eligibility().findings().stream().map(Finding::code).anyMatch(code::equals);
  }
}
