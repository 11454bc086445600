package org.regimen.screening;

import java.time.LocalDate;
import java.util.List;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.protocol.Basis;
import org.regimen.protocol.BaselineOverride;
import org.regimen.protocol.ImmutableProtocol;
import org.regimen.protocol.ImmutableScreeningRule;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.RuleKind;
import org.regimen.protocol.RuleSet;
import org.regimen.protocol.ScreeningRule;
import org.regimen.protocol.Source;
import org.regimen.request.BodyArea;
import org.regimen.request.ImmutablePatientProfile;
import org.regimen.request.Indication;
import org.regimen.request.Lifestyle;
import org.regimen.request.MenstrualCycle;
import org.regimen.request.PatientProfile;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.Reproductive;
import org.regimen.request.Sex;
import org.regimen.request.Skin;
import org.regimen.request.TreatmentRequest;

/** Requests, protocols and rules for screening tests, built in Java (no JSON). */
final class Fixtures {
  static final LocalDate AS_OF = LocalDate.of(2027, 1, 5);
  static final ScreeningEngine ENGINE = new ScreeningEngine();
  /** Fixtures are built in code, not read: no document, so a digest that stands out as made up. */
  static final String NO_DOCUMENT_DIGEST = "0".repeat(64);

  static final RuleSet NO_BASELINE = RuleSet.builder().digest(NO_DOCUMENT_DIGEST).build();
  static final String PROTOCOL_FILE = "004_1a51e8a62b495aeb.txt";

  private Fixtures() {}

  /** A 32-year-old patient of whom everything is known and nothing is wrong. */
  static ImmutablePatientProfile.Builder knownHealthy() {
    return PatientProfile.builder()
        .birthDate(LocalDate.of(1994, 5, 2))
        .sex(Sex.FEMALE)
        .pregnancy(PregnancyStatus.NONE)
        .conditions(List.of())
        .medications(List.of())
        .allergies(List.of())
        .areaFindings(List.of())
        .procedures(List.of())
        .reproductive(Reproductive.builder().tryingToConceive(false).build())
        .skin(Skin.builder().build())
        .menstruation(
            MenstrualCycle.builder().lastStart(LocalDate.of(2027, 1, 3)).cycleDays(28).periodDays(5).build())
        .lifestyle(Lifestyle.builder().smoker(false).frequentSolarium(false).build());
  }

  static TreatmentRequest request(PatientProfile patient, BodyArea... areas) {
    return TreatmentRequest.builder()
        .asOf(AS_OF)
        .indication(Indication.STRETCH_MARKS)
        .treatment("test")
        .addAreas(areas.length == 0 ? new BodyArea[] {BodyArea.ABDOMEN} : areas)
        .patient(patient)
        .build();
  }

  static ImmutableProtocol.Builder protocolBuilder() {
    return Protocol.builder()
        .digest(NO_DOCUMENT_DIGEST)
        .formatVersion(1)
        .id("test")
        .name("Test therapy")
        .version("1.0.0")
        .addSources(Source.builder().id("004").file(PROTOCOL_FILE).build());
  }

  static Protocol protocol(ScreeningRule... rules) {
    return protocolBuilder().addScreening(rules).build();
  }

  static Protocol protocolWith(BaselineOverride override) {
    return protocolBuilder().addBaselineOverrides(override).build();
  }

  /** A protocol rule citing document 004. */
  static ImmutableScreeningRule.Builder rule(RuleKind kind, String code, FindingSeverity severity) {
    return ScreeningRule.builder()
        .kind(kind)
        .code(code)
        .severity(severity)
        .message("Rule " + code + " applies.")
        .action("Follow the protocol for " + code + ".")
        .basis(Basis.of("004", "The procedure is not carried out in such cases"));
  }

  static ScreeningResult screen(TreatmentRequest request, Protocol protocol) {
    return ENGINE.screen(request, protocol, null, NO_BASELINE, List.of());
  }

  static ScreeningResult screenWithBaseline(TreatmentRequest request) {
    return ENGINE.screen(request, protocol(), null, BaselineRules.standard(), List.of());
  }

  static ScreeningResult screenWithBaseline(TreatmentRequest request, Protocol protocol) {
    return ENGINE.screen(request, protocol, null, BaselineRules.standard(), List.of());
  }

  static List<String> codes(ScreeningResult result) {
    return result.eligibility().findings().stream().map(Finding::code).toList();
  }

  static Finding finding(ScreeningResult result, String code) {
    return result.eligibility().findings().stream()
        .filter(f -> f.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finding " + code + " in " + codes(result)));
  }

  /** Every text of every finding, to check none carries a patient value or an unsafe instruction. */
  static List<String> texts(ScreeningResult result) {
    return result.eligibility().findings().stream()
        .flatMap(f -> java.util.stream.Stream.of(f.message(), f.action()))
        .toList();
  }
}
