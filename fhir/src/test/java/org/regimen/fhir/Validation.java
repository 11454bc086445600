package org.regimen.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Questionnaire;
import ca.uhn.fhir.context.support.IValidationSupport;
import java.util.HashMap;
import java.util.Map;
import org.regimen.catalog.TreatmentCatalog;

/**
 * One HAPI validator for every test of the module: the R4 definitions, in-memory terminology, the
 * common code systems (languages, UCUM, MIME types) and Regimen's published code systems. Building it
 * costs seconds and its caches fill on first use, so it is made once and shared.
 */
final class Validation {
  static final FhirContext CONTEXT = FhirJson.context();
  static final long BUILD_MILLIS;
  private static final FhirValidator VALIDATOR;

  static {
    long start = System.nanoTime();
    PrePopulatedValidationSupport regimen = new PrePopulatedValidationSupport(CONTEXT);
    publishedCodeSystems().forEach(regimen::addCodeSystem);
    IntakeQuestionnaire.codeSystems().forEach(regimen::addCodeSystem);
    ValidationSupportChain chain =
        new ValidationSupportChain(
            new DefaultProfileValidationSupport(CONTEXT),
            new InMemoryTerminologyServerValidationSupport(CONTEXT),
            new CommonCodeSystemsTerminologyService(CONTEXT),
            regimen);
    VALIDATOR = CONTEXT.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    BUILD_MILLIS = (System.nanoTime() - start) / 1_000_000;
  }

  private Validation() {}

  static List<CodeSystem> publishedCodeSystems() {
    return RegimenCodes.PUBLISHED.stream().map(Validation::readCodeSystem).toList();
  }

  static CodeSystem readCodeSystem(String name) {
    String resource = "/org/regimen/fhir/codesystem/CodeSystem-regimen-" + name + ".json";
    try (InputStream in = Validation.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + ": missing");
      }
      return CONTEXT.newJsonParser().parseResource(CodeSystem.class, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every message of severity ERROR or FATAL, with its location. */
  static List<String> errors(IBaseResource resource) {
    ValidationResult result;
    synchronized (VALIDATOR) {
      result = VALIDATOR.validateWithResult(resource);
    }
    return result.getMessages().stream()
        .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
        .map(Validation::describe)
        .toList();
  }

  /**
   * The intake Questionnaires of every installed therapy and of all together, so the validator
   * checks a QuestionnaireResponse against the Questionnaire it answers.
   */
  private static final class IntakeQuestionnaires implements IValidationSupport {
    private final Map<String, Questionnaire> byUrl = new HashMap<>();

    IntakeQuestionnaires() {
      TreatmentCatalog catalog = TreatmentCatalog.load();
      catalog.modules().forEach(m -> add(IntakeQuestionnaire.of(m).toQuestionnaire()));
      add(IntakeQuestionnaire.of(catalog).toQuestionnaire());
    }

    private void add(Questionnaire questionnaire) {
      byUrl.put(questionnaire.getUrl(), questionnaire);
    }

    @Override
    public FhirContext getFhirContext() {
      return CONTEXT;
    }

    @Override
    public <T extends IBaseResource> T fetchResource(Class<T> type, String uri) {
      if (type != null && !type.isAssignableFrom(Questionnaire.class)) {
        return null;
      }
      Questionnaire found = byUrl.get(uri.split("\\|")[0]);
      return found == null ? null : type == null ? null : type.cast(found);
    }
  }

  private static String describe(SingleValidationMessage m) {
    return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
  }
}
