package org.regimen.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.screening.Fixtures.AS_OF;
import static org.regimen.screening.Fixtures.codes;
import static org.regimen.screening.Fixtures.finding;
import static org.regimen.screening.Fixtures.knownHealthy;
import static org.regimen.screening.Fixtures.protocol;
import static org.regimen.screening.Fixtures.request;
import static org.regimen.screening.Fixtures.rule;
import static org.regimen.screening.Fixtures.screen;
import static org.regimen.screening.Fixtures.screenWithBaseline;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.protocol.Basis;
import org.regimen.protocol.ReproductiveState;
import org.regimen.protocol.RuleKind;
import org.regimen.protocol.Sourced;
import org.regimen.request.BodyArea;
import org.regimen.request.MenstrualCycle;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.Procedure;
import org.regimen.request.ProcedureKind;
import org.regimen.request.Reproductive;
import org.regimen.request.Sex;

/**
 * design.md, "Unknown is never 'no'": "An absent key means 'not known' (an empty list means 'known:
 * none'). [...] Where the rule would rule the treatment out or defer it (ABSOLUTE, TEMPORARY ...), the
 * unknown is a gate, not a footnote: at least REQUIRES_CLEARANCE, sessions tentative". The baseline's
 * PROCEDURE rules (a filler or neurotoxin 2 weeks, laser, radiofrequency, peel, microneedling, threads
 * 4 weeks, surgery 3 months: TEMPORARY; a tattoo: RELATIVE) and REPRODUCTIVE rules (TRYING_TO_CONCEIVE
 * and POSTPARTUM: TEMPORARY) need the procedures and the reproductive facts.
 */
class UnknownProceduresAndReproductiveTest {

  private static void assertGate(ScreeningResult result, String code) {
    Finding f = finding(result, code);
    assertThat(f.severity()).isEqualTo(FindingSeverity.RELATIVE);
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.REQUIRES_CLEARANCE);
    // Sessions are planned, and REQUIRES_CLEARANCE makes them tentative (the planner's rule).
    assertThat(result.sessionsAllowed()).isTrue();
    assertThat(result.eligibility().findings().stream().filter(x -> x.code().equals(code))).hasSize(1);
    assertThat(f.patientMessage()).isPresent();
    assertThat(f.patientMessage().get()).contains("before anything is booked").doesNotContainIgnoringCase("go ahead");
    // Fixed texts: the request's values never reach them.
    assertThat(f.message() + f.action() + f.patientMessage().get()).doesNotContain("2027").doesNotContain("1994");
  }

  // Procedures.

  @Test
  void proceduresNotRecordedAreAGateNamedByTheTemporaryRulesThatNeedThem() {
    ScreeningResult result = screenWithBaseline(request(knownHealthy().procedures(Optional.empty()).build()));
    assertGate(result, "UNCONFIRMED_PROCEDURES");
    assertThat(codes(result)).containsExactly("UNCONFIRMED_PROCEDURES");
    Finding f = finding(result, "UNCONFIRMED_PROCEDURES");
    assertThat(f.message()).isEqualTo(UnconfirmedAttribute.PROCEDURES.message());
    assertThat(f.action()).contains("fillers", "neurotoxins", "lasers", "peels", "microneedling", "thread", "surgery", "tattoos");
    assertThat(f.source()).isEqualTo("regimen-default"); // the baseline's procedure rules are defaults
  }

  @Test
  void anEmptyListIsKnownNoneAndAsksNothing() {
    ScreeningResult result = screenWithBaseline(request(knownHealthy().procedures(List.of()).build()));
    assertThat(codes(result)).isEmpty();
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE);
  }

  @Test
  void aRecordedProcedureOutsideItsWaitAsksNothingEither() {
    ScreeningResult result = screenWithBaseline(request(knownHealthy()
        .procedures(List.of(Procedure.of(ProcedureKind.FILLER, BodyArea.ABDOMEN, AS_OF.minusDays(100)))).build()));
    assertThat(codes(result)).isEmpty();
  }

  /** A man is asked about procedures too: they concern the skin, not pregnancy. */
  @Test
  void aManIsAskedAboutProcedures() {
    ScreeningResult result = screenWithBaseline(request(knownHealthy().sex(Sex.MALE).menstruation(Optional.empty())
        .reproductive(Optional.empty()).procedures(Optional.empty()).build()));
    assertGate(result, "UNCONFIRMED_PROCEDURES");
  }

  /**
   * UnknownGate: a PROCEDURE rule without a wait only leaves its area out (a precaution for the
   * status, as an area finding's), so alone it asks as a precaution; one with a wait defers, so it
   * gates, and the stronger wins.
   */
  @Test
  void anAreaRemovingProcedureRuleAloneAsksAsAPrecaution_aDeferringOneGates() {
    var tattoo = rule(RuleKind.PROCEDURE, "TATTOO_IN_AREA", FindingSeverity.RELATIVE)
        .addProcedures(ProcedureKind.TATTOO).build();
    var laser = rule(RuleKind.PROCEDURE, "RECENT_LASER", FindingSeverity.TEMPORARY)
        .addProcedures(ProcedureKind.LASER)
        .waitAfterDays(Sourced.of(28, Basis.of(Basis.REGIMEN_DEFAULT, "4 weeks")))
        .build();
    var unknown = request(knownHealthy().procedures(Optional.empty()).build());

    ScreeningResult tattooOnly = screen(unknown, protocol(tattoo));
    assertThat(finding(tattooOnly, "UNCONFIRMED_PROCEDURES").severity()).isEqualTo(FindingSeverity.PRECAUTION);
    assertThat(tattooOnly.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE_WITH_PRECAUTIONS);

    assertGate(screen(unknown, protocol(laser)), "UNCONFIRMED_PROCEDURES");
    ScreeningResult both = screen(unknown, protocol(tattoo, laser));
    assertGate(both, "UNCONFIRMED_PROCEDURES");
    assertThat(finding(both, "UNCONFIRMED_PROCEDURES").message()).isEqualTo(UnconfirmedAttribute.PROCEDURES.message());

    // A whole-patient rule without a wait does not only leave an area out: it gates.
    var anywhere = rule(RuleKind.PROCEDURE, "ANY_SURGERY", FindingSeverity.ABSOLUTE)
        .addProcedures(ProcedureKind.SURGERY).wholePatient(true).build();
    assertGate(screen(unknown, protocol(anywhere)), "UNCONFIRMED_PROCEDURES");
  }

  // Reproductive facts.

  @Test
  void reproductiveFactsNotRecordedAreAGate() {
    ScreeningResult result = screenWithBaseline(request(knownHealthy().reproductive(Optional.empty()).build()));
    assertGate(result, "UNCONFIRMED_REPRODUCTIVE");
    assertThat(codes(result)).containsExactly("UNCONFIRMED_REPRODUCTIVE");
    assertThat(finding(result, "UNCONFIRMED_REPRODUCTIVE").action()).contains("trying to conceive", "gave birth");
  }

  /** A yes/no fact has its "no" (false): left out of a recorded section, it is not known. */
  @Test
  void aRecordedSectionWithoutTheWishToConceiveIsStillAGate() {
    Reproductive delivery = Reproductive.builder().deliveredOn(AS_OF.minusDays(400)).build();
    assertGate(screenWithBaseline(request(knownHealthy().reproductive(delivery).build())), "UNCONFIRMED_REPRODUCTIVE");
    assertGate(screenWithBaseline(request(knownHealthy().reproductive(Reproductive.builder().build()).build())),
        "UNCONFIRMED_REPRODUCTIVE");
  }

  /**
   * ReproductiveRule: a day has no "none"; inside a recorded section, no delivery day means no
   * delivery to record. With the wish to conceive recorded as false, nothing is asked.
   */
  @Test
  void aRecordedSectionWithoutADeliveryAsksNothing() {
    var postpartumOnly = protocol(rule(RuleKind.REPRODUCTIVE, "POSTPARTUM", FindingSeverity.TEMPORARY)
        .addReproductive(ReproductiveState.POSTPARTUM)
        .postpartumDays(Sourced.of(42, Basis.of("004", "six weeks")))
        .build());
    assertThat(codes(screen(request(knownHealthy().reproductive(Reproductive.builder().build()).build()), postpartumOnly)))
        .isEmpty();
    assertGate(screen(request(knownHealthy().reproductive(Optional.empty()).build()), postpartumOnly),
        "UNCONFIRMED_REPRODUCTIVE");
    assertThat(codes(screenWithBaseline(request(knownHealthy()
        .reproductive(Reproductive.builder().tryingToConceive(false).build()).build())))).isEmpty();
  }

  /** The wish to conceive alone is asked by TRYING_TO_CONCEIVE; a pregnancy test rule asks nothing. */
  @Test
  void onlyTheRulesThatNeedAFactAskForIt() {
    var tryingOnly = protocol(rule(RuleKind.REPRODUCTIVE, "TRYING_TO_CONCEIVE", FindingSeverity.TEMPORARY)
        .addReproductive(ReproductiveState.TRYING_TO_CONCEIVE).build());
    assertGate(screen(request(knownHealthy().reproductive(Reproductive.builder().deliveredOn(AS_OF.minusDays(400)).build())
        .build()), tryingOnly), "UNCONFIRMED_REPRODUCTIVE");
    var testOnly = protocol(rule(RuleKind.REPRODUCTIVE, "PREGNANCY_TEST_POSITIVE", FindingSeverity.TEMPORARY)
        .addReproductive(ReproductiveState.PREGNANCY_TEST_POSITIVE).build());
    assertThat(codes(screen(request(knownHealthy().reproductive(Optional.empty()).build()), testOnly))).isEmpty();
  }

  /** As for the pregnancy status: a man is never asked; a patient of unknown sex is. */
  @Test
  void aManIsNeverAsked_aPatientOfUnknownSexIs() {
    ScreeningResult man = screenWithBaseline(request(knownHealthy().sex(Sex.MALE).menstruation(Optional.empty())
        .reproductive(Optional.empty()).build()));
    assertThat(codes(man)).isEmpty();
    assertThat(man.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE);
    assertGate(screenWithBaseline(request(knownHealthy().sex(Optional.empty()).reproductive(Optional.empty()).build())),
        "UNCONFIRMED_REPRODUCTIVE");
    // Age is not used, as for the pregnancy status: a 60-year-old is asked, in one question.
    assertGate(screenWithBaseline(request(knownHealthy().birthDate(AS_OF.minusYears(60))
        .menstruation(MenstrualCycle.builder().cycle(org.regimen.request.CyclePattern.NONE).build())
        .reproductive(Optional.empty()).build())), "UNCONFIRMED_REPRODUCTIVE");
  }

  @Test
  void aKnownReasonIsNotHiddenByTheUnknowns() {
    ScreeningResult result = screenWithBaseline(request(knownHealthy().pregnancy(PregnancyStatus.PREGNANT)
        .reproductive(Optional.empty()).procedures(Optional.empty()).build()));
    assertThat(result.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(codes(result)).contains("PREGNANCY", "UNCONFIRMED_REPRODUCTIVE", "UNCONFIRMED_PROCEDURES");

    ScreeningResult trying = screenWithBaseline(request(knownHealthy()
        .reproductive(Reproductive.builder().tryingToConceive(true).build()).procedures(Optional.empty()).build()));
    assertThat(trying.eligibility().status()).isEqualTo(EligibilityStatus.DEFERRED);
    assertThat(codes(trying)).containsExactlyInAnyOrder("TRYING_TO_CONCEIVE", "UNCONFIRMED_PROCEDURES");
  }
}
