package org.regimen.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

/**
 * The contract's enums (contract.md) as FHIR code systems, for the answers of the intake
 * Questionnaire: each enum is the system {@code https://regimen.org/fhir/CodeSystem/<kebab-name>}
 * (e.g. {@code MedicationKind} is {@code medication-kind}) and its constants are the codes, exactly
 * as the request JSON spells them, so an answer's code is the request's value. Built from the enum
 * itself, so a constant added to the request model is an answer option at once. The systems that
 * are already published as files ({@code body-area}, {@code indication}, {@code lab-test}) keep
 * their URL and displays.
 *
 * @since 0.1.0
 */
public final class ContractCodes {
  /** The code system of answers that are no value of the contract: "none of these". */
  public static final String INTAKE_ANSWER = RegimenCodes.BASE + "CodeSystem/intake-answer";

  /** "None of these": the list is known and holds none of the options (JSON {@code []}). */
  public static final String NONE_OF_THESE = "NONE_OF_THESE";

  private static final List<String> FILE_PUBLISHED = List.of("body-area", "indication", "lab-test");
  private static final Map<String, Map<String, String>> PUBLISHED_DISPLAYS = new HashMap<>();

  static {
    for (String name : FILE_PUBLISHED) {
      Map<String, String> displays = new HashMap<>();
      read(name).getConcept().forEach(c -> displays.put(c.getCode(), c.getDisplay()));
      PUBLISHED_DISPLAYS.put(RegimenCodes.BASE + "CodeSystem/" + name, displays);
    }
  }

  private ContractCodes() {}

  /**
   * {@return the canonical URL of the code system of {@code type}}
   *
   * @param type an enum of Regimen's contract, e.g. {@code BodyArea}
   */
  public static String system(Class<? extends Enum<?>> type) {
    return RegimenCodes.BASE + "CodeSystem/" + kebab(type.getSimpleName());
  }

  static Coding coding(Enum<?> value) {
    @SuppressWarnings("unchecked")
    String system = system((Class<? extends Enum<?>>) value.getDeclaringClass());
    return new Coding(system, value.name(), display(system, value.name()));
  }

  static Coding noneOfThese() {
    return new Coding(INTAKE_ANSWER, NONE_OF_THESE, "none of these");
  }

  /** The published display where a file publishes the system, else the constant in words. */
  static String display(String system, String code) {
    return Optional.ofNullable(PUBLISHED_DISPLAYS.get(system))
        .map(d -> d.get(code))
        .orElseGet(() -> code.replace('_', ' ').toLowerCase(Locale.ROOT));
  }

  /**
   * {@return the code system of {@code type}, complete, for a server or validator to load beside
   * the Questionnaire; empty for the systems already published as files}
   *
   * @param type an enum of Regimen's contract, e.g. {@code BodyArea}
   */
  public static Optional<CodeSystem> codeSystem(Class<? extends Enum<?>> type) {
    String url = system(type);
    if (PUBLISHED_DISPLAYS.containsKey(url)) {
      return Optional.empty();
    }
    String name = kebab(type.getSimpleName());
    CodeSystem system =
        new CodeSystem()
            .setUrl(url)
            .setName("Regimen" + type.getSimpleName())
            .setTitle("Regimen " + name.replace('-', ' '))
            .setStatus(PublicationStatus.ACTIVE)
            .setExperimental(false)
            .setPublisher("Regimen")
            .setDescription(
                "The values of " + type.getName() + " as the request JSON spells them (generated from the enum).")
            .setCaseSensitive(true)
            .setContent(CodeSystemContentMode.COMPLETE);
    system.setId("regimen-" + name);
    Arrays.stream(type.getEnumConstants())
        .forEach(c -> system.addConcept().setCode(c.name()).setDisplay(display(url, c.name())));
    system.setCount(system.getConcept().size());
    return Optional.of(system);
  }

  /** {@return the code system of the answers that are no contract value ("none of these")} */
  public static CodeSystem intakeAnswers() {
    CodeSystem system =
        new CodeSystem()
            .setUrl(INTAKE_ANSWER)
            .setName("RegimenIntakeAnswer")
            .setTitle("Regimen intake answers")
            .setStatus(PublicationStatus.ACTIVE)
            .setExperimental(false)
            .setPublisher("Regimen")
            .setDescription("Answers of the intake Questionnaire that are no value of the request contract.")
            .setCaseSensitive(true)
            .setContent(CodeSystemContentMode.COMPLETE);
    system.setId("regimen-intake-answer");
    system.addConcept()
        .setCode(NONE_OF_THESE)
        .setDisplay("none of these")
        .setDefinition("The list is known and holds none of the options offered: the request's [].");
    system.setCount(1);
    return system;
  }

  static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  private static CodeSystem read(String name) {
    String resource = "/org/regimen/fhir/codesystem/CodeSystem-regimen-" + name + ".json";
    try (InputStream in = ContractCodes.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + ": missing from the module");
      }
      return FhirJson.context().newJsonParser().parseResource(CodeSystem.class, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
