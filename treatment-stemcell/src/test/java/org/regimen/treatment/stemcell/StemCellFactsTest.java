package org.regimen.treatment.stemcell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.treatment.stemcell.Requests.AS_OF;
import static org.regimen.treatment.stemcell.Requests.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Likelihood;
import org.regimen.plan.ResultPhase;
import org.regimen.plan.ResultWindow;
import org.regimen.plan.Risk;
import org.regimen.plan.RiskSite;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.plan.VisitKind;
import org.regimen.request.BodyArea;
import org.regimen.spi.ModuleDescriptor;

/**
 * One test per fact of document 001 (stem cell injections for stretch marks), each naming the
 * document's words it checks. The reference patient has moderate, recent marks on the thighs, is
 * healthy and fully known, and asks on a Tuesday (2027-01-05) with every day open.
 */
class StemCellFactsTest {
  private static final TreatmentPlan REFERENCE = plan(Requests.moderateRecent());

  @Test
  void theCatalogListsStemcellForStretchMarks() {
    ModuleDescriptor stemcell =
        Requests.REGIMEN.treatments().stream().filter(t -> t.id().equals("stemcell")).findFirst().orElseThrow();
    assertThat(stemcell.indications()).containsExactly(org.regimen.request.Indication.STRETCH_MARKS);
    assertThat(stemcell.protocolVersion()).isEqualTo("1.4.0");
  }

  @Test
  void referencePatientIsEligibleWithoutFindings() {
    assertThat(REFERENCE.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE);
    assertThat(REFERENCE.eligibility().findings()).isEmpty();
  }

  // 001: "often from areas like the abdomen or flanks through a mini-liposuction technique"
  @Test
  void fatIsHarvestedFromTheAbdomenFirst() {
    assertThat(REFERENCE.sessions()).extracting(s -> s.harvestSite().orElseThrow()).containsOnly(BodyArea.ABDOMEN);
  }

  // 001: "often from areas like the abdomen or flanks": never from an area this plan treats.
  @Test
  void fatIsHarvestedFromTheFlanksWhenTheAbdomenIsTreated() {
    TreatmentPlan plan = plan(Requests.moderateRecent(BodyArea.ABDOMEN, BodyArea.THIGHS));

    assertThat(plan.sessions()).isNotEmpty().allSatisfy(s -> {
      assertThat(s.harvestSite()).contains(BodyArea.FLANKS);
      assertThat(s.areas()).containsExactly(BodyArea.ABDOMEN, BodyArea.THIGHS);
    });
  }

  // 001: "The process begins with the extraction of stem cells ..."; "... centrifugation techniques
  // ..."; "... thoroughly cleaned and disinfected."; "A topical numbing cream or local anesthetic may
  // be applied ..."; "... injected directly into the dermal layer of the skin ..."
  @Test
  void stepsAreHarvestCentrifugationCleansingAnaesthesiaInjection() {
    assertThat(REFERENCE.sessions()).allSatisfy(s ->
        assertThat(s.steps()).containsExactly("FAT_HARVEST", "CENTRIFUGATION", "CLEANSING", "ANAESTHESIA", "INJECTION"));
  }

  // 001: "it is crucial to have a consultation with a qualified dermatologist or aesthetic practitioner"
  @Test
  void aDermatologistOrAestheticPractitionerTreats() {
    assertThat(REFERENCE.sessions().get(0).practitioners()).containsExactly("DERMATOLOGIST", "AESTHETIC_PRACTITIONER");
  }

  // 001: "During this consultation, the doctor will assess the severity and location of the stretch
  // marks ...": a visit before session 1, not a treatment step; preparation is advised there, and
  // session 1 leaves "a week or two" (the safe end, 14 days) after it.
  @Test
  void theConsultationIsAVisitFourteenDaysBeforeSessionOne() {
    assertThat(REFERENCE.visits()).singleElement().satisfies(visit -> {
      assertThat(visit.kind()).isEqualTo(VisitKind.CONSULTATION);
      assertThat(visit.date()).isEqualTo(AS_OF);
      assertThat(visit.purpose()).contains("severity and location");
    });
    assertThat(REFERENCE.sessions().get(0).date()).isEqualTo(AS_OF.plusDays(14));
    assertThat(REFERENCE.sessions().get(0).steps()).doesNotContain("CONSULTATION");
  }

  // 001: "The procedure typically takes about 30 minutes to an hour, depending on the size and number
  // of areas being treated." 30 minutes for one area, 15 per further area, at most an hour.
  @Test
  void durationGrowsWithTheAreasWithinThirtyToSixtyMinutes() {
    assertThat(minutes(BodyArea.THIGHS)).isEqualTo(30);
    assertThat(minutes(BodyArea.THIGHS, BodyArea.HIPS)).isEqualTo(45);
    assertThat(minutes(BodyArea.THIGHS, BodyArea.HIPS, BodyArea.BUTTOCKS)).isEqualTo(60);
    // Four areas are more than the hour takes: two visits of two areas (45 minutes each).
    assertThat(minutes(BodyArea.THIGHS, BodyArea.HIPS, BodyArea.BUTTOCKS, BodyArea.ARMS)).isEqualTo(45);
    assertThat(REFERENCE.sessions().get(0).visitMinutes()).isEqualTo(30 + 30);
  }

  // 001: "multiple treatments (usually 2-3) spaced a few weeks apart": moderate, recent marks get 2.
  @Test
  void moderateRecentMarksGetTwoSessionsFourWeeksApart() {
    List<LocalDate> dates = REFERENCE.sessions().stream().map(Session::date).toList();

    assertThat(dates).containsExactly(LocalDate.of(2027, 1, 19), LocalDate.of(2027, 2, 16));
    assertThat(ChronoUnit.DAYS.between(dates.get(0), dates.get(1))).isEqualTo(28);
    assertThat(REFERENCE.adjustments()).noneMatch(a -> a.session() == 2);
  }

  // 001: "There is minimal downtime ..., and most people can resume normal activities immediately."
  @Test
  void noDowntimeIsPlanned() {
    assertThat(REFERENCE.sessions()).allSatisfy(s -> assertThat(s.downtime()).isEmpty());
  }

  // 001: "You might be asked to stop certain supplements ... a week or two before the procedure":
  // from 14 days before each session (each one repeats the fat harvest) to the day before.
  @Test
  void bloodThinningSupplementsStopFourteenDaysBeforeEachSession() {
    for (Session session : REFERENCE.sessions()) {
      DatedInstruction stop = instruction(session.before(), "STOP_BLOOD_THINNING_SUPPLEMENTS");
      assertThat(stop.days().from()).isEqualTo(session.date().minusDays(14));
      assertThat(stop.days().to()).isEqualTo(session.date().minusDays(1));
      assertThat(stop.text()).contains("supplement you chose yourself").contains("Keep taking every medicine a doctor prescribed");
    }
    assertThat(REFERENCE.sessions().get(0).before().get(0).days().from()).isEqualTo(AS_OF);
  }

  // 001: "staying hydrated, and not using any harsh skincare products leading up to the procedure"
  @Test
  void hydrationAndNoHarshSkinCareBeforeEachSession() {
    Session first = REFERENCE.sessions().get(0);
    assertThat(first.before()).extracting(DatedInstruction::code)
        .containsExactly("STOP_BLOOD_THINNING_SUPPLEMENTS", "STAY_HYDRATED", "AVOID_HARSH_SKIN_CARE");
    assertThat(instruction(first.before(), "AVOID_HARSH_SKIN_CARE").days().to()).isEqualTo(first.date().minusDays(1));
  }

  // 001: "avoid direct sun exposure, strenuous exercise, ... for a few days post-treatment" (5 days);
  // "keeping the treated area clean, avoiding hot baths or saunas" while the sites heal ("a few days
  // to a week": 7 days).
  @Test
  void aftercareRunsAFewDaysFromEachSession() {
    Session first = REFERENCE.sessions().get(0);
    LocalDate day = first.date();
    assertThat(instruction(first.after(), "AVOID_DIRECT_SUN").days().to()).isEqualTo(day.plusDays(4));
    assertThat(instruction(first.after(), "AVOID_STRENUOUS_EXERCISE").days().to()).isEqualTo(day.plusDays(4));
    assertThat(instruction(first.after(), "AVOID_HOT_BATHS_AND_SAUNAS").days().to()).isEqualTo(day.plusDays(6));
    assertThat(instruction(first.after(), "KEEP_AREA_CLEAN").days().to()).isEqualTo(day.plusDays(6));
    assertThat(first.after()).allSatisfy(a -> assertThat(a.days().from()).isEqualTo(day));
  }

  // 001: "patients begin to see improvements ... within a few weeks to months after the procedure"
  @Test
  void onsetIsAFewWeeksToMonthsAfterTheFirstSession() {
    ResultWindow onset = result(ResultPhase.ONSET);
    LocalDate first = REFERENCE.sessions().get(0).date();

    assertThat(onset.days().from()).isEqualTo(first.plusDays(14));
    assertThat(onset.days().to()).isEqualTo(first.plusMonths(6));
  }

  // 001: "The full benefits often become apparent over several months ..."; "generally considered
  // long-lasting": no LASTS_UNTIL; "Significant weight fluctuations, subsequent pregnancies ... new
  // stretch marks" in the note.
  @Test
  void fullBenefitOverSeveralMonthsLongLastingWithoutAnEndDate() {
    ResultWindow optimal = result(ResultPhase.OPTIMAL);
    LocalDate last = REFERENCE.sessions().get(1).date();

    assertThat(optimal.days().from()).isEqualTo(last.plusMonths(3));
    assertThat(optimal.days().to()).isEqualTo(last.plusMonths(6));
    assertThat(optimal.note()).hasValueSatisfying(note ->
        assertThat(note).contains("long-lasting").contains("weight").contains("pregnancies"));
    assertThat(REFERENCE.results()).extracting(ResultWindow::phase).doesNotContain(ResultPhase.LASTS_UNTIL);
  }

  // 001: "some practitioners may recommend periodic touch-up sessions ... less extensive than the
  // initial treatment"; "Follow-up appointments with your doctor ..."
  @Test
  void maintenanceIsTouchUpsAndFollowUpsWithoutADate() {
    assertThat(REFERENCE.maintenance()).hasValueSatisfying(m -> {
      assertThat(m.days()).isEmpty();
      assertThat(m.text()).contains("touch-up sessions", "less extensive", "Follow-up appointments");
    });
  }

  // 001: "swelling, redness, bruising, and tenderness at both the fat extraction site and the
  // injection areas. These usually resolve within a few days to a week."
  @Test
  void commonSideEffectsAreListedAtBothSites() {
    for (RiskSite site : List.of(RiskSite.HARVEST, RiskSite.INJECTION)) {
      List<Risk> common =
          REFERENCE.risks().stream().filter(r -> r.site() == site && r.likelihood() == Likelihood.COMMON).toList();
      assertThat(common).extracting(Risk::code).containsExactly(
          site + "_SWELLING", site + "_REDNESS", site + "_BRUISING", site + "_TENDERNESS");
      assertThat(common).allSatisfy(r -> {
        assertThat(r.resolvesInDays()).hasValueSatisfying(d -> {
          assertThat(d.min()).isEqualTo(2);
          assertThat(d.max()).isEqualTo(7);
        });
      });
    }
  }

  // 001: "Less common risks include infection, although this is rare ..."; "a very slight risk of
  // asymmetry or uneven results"; "Allergic reactions are extremely rare ..."
  @Test
  void infectionAsymmetryAndAllergyAreRare() {
    assertThat(risk("HARVEST_INFECTION").likelihood()).isEqualTo(Likelihood.RARE);
    assertThat(risk("INJECTION_INFECTION").likelihood()).isEqualTo(Likelihood.RARE);
    assertThat(risk("ASYMMETRY_OR_UNEVEN_RESULT").likelihood()).isEqualTo(Likelihood.RARE);
    assertThat(risk("ASYMMETRY_OR_UNEVEN_RESULT").text()).contains("very slight");
    assertThat(risk("ALLERGIC_REACTION").likelihood()).isEqualTo(Likelihood.RARE);
    assertThat(risk("ALLERGIC_REACTION").site()).isEqualTo(RiskSite.SYSTEMIC);
    assertThat(risk("ALLERGIC_REACTION").text()).contains("extremely rare");
  }

  @Test
  void riskCodesAreUniqueAndEveryRiskCitesTheDocument() {
    assertThat(REFERENCE.risks()).extracting(Risk::code).doesNotHaveDuplicates().hasSize(12);
    assertThat(REFERENCE.risks()).allSatisfy(r -> assertThat(r.source()).isEqualTo("001_b38aff59189dd747.txt"));
  }

  // Visible side effects last up to a week ("a few days to a week"): a session keeps a week clear
  // before the patient's event.
  @Test
  void sessionsKeepAWeekClearBeforeAnEvent() {
    LocalDate wedding = LocalDate.of(2027, 1, 22);
    TreatmentPlan plan = plan(Requests.moderateRecent()
        .calendar(org.regimen.request.CalendarConstraints.builder()
            .addEvents(org.regimen.request.CalendarEvent.of(org.regimen.dates.DateRange.ofDay(wedding)))
            .build()));

    assertThat(plan.sessions()).allSatisfy(s -> assertThat(
        !s.date().isAfter(wedding) && !s.date().plusDays(6).isBefore(wedding)).isFalse());
  }

  private static int minutes(BodyArea... areas) {
    return plan(Requests.moderateRecent(areas)).sessions().get(0).minutes();
  }

  private static DatedInstruction instruction(List<DatedInstruction> list, String code) {
    return list.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError(code));
  }

  private static ResultWindow result(ResultPhase phase) {
    return REFERENCE.results().stream().filter(r -> r.phase() == phase).findFirst().orElseThrow();
  }

  private static Risk risk(String code) {
    return REFERENCE.risks().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError(code));
  }
}
