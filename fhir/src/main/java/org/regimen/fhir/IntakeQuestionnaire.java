package org.regimen.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.regimen.Regimen;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.json.RegimenJson;
import org.regimen.protocol.Fact;
import org.regimen.request.Allergy;
import org.regimen.request.AreaCondition;
import org.regimen.request.BodyArea;
import org.regimen.request.Condition;
import org.regimen.request.ConditionStatus;
import org.regimen.request.CyclePattern;
import org.regimen.request.Fitzpatrick;
import org.regimen.request.Indication;
import org.regimen.request.LabOutcome;
import org.regimen.request.MedicationKind;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.ProcedureKind;
import org.regimen.request.Severity;
import org.regimen.request.Sex;
import org.regimen.request.SkinType;
import org.regimen.request.StriaeStage;
import org.regimen.request.TreatmentRequest;
import org.regimen.spi.ModuleDescriptor;
import org.regimen.spi.TreatmentModule;

/**
 * The intake form a clinic hands out, generated from the rules: a FHIR R4 {@code Questionnaire}
 * that asks exactly what the screening rules of the therapies react to (the coverage matrix,
 * docs/screening-matrix.md) and what their course rules read, with the contract's enums as answer
 * options and {@code enableWhen} for follow-ups (the dates of a medicine once it is chosen, a
 * finding's areas, a test's date once its result is given). Every {@code linkId} is the request
 * JSON path its answer fills, so a {@code QuestionnaireResponse} becomes a request ({@link #read})
 * through {@link RegimenJson#readRequest} with the same validation as any request. A question left
 * unanswered is "not known" in the request, never "no"; each list question offers "none of these"
 * for a known empty list.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class IntakeQuestionnaire {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * The enums whose codes a sender may use, for {@link #codeSystems()}: those the answers take
   * their codes from, and the procedure kinds an imported {@code Procedure} may be coded with
   * (import-codes.json, system {@code regimen-procedure}).
   */
  private static final List<Class<? extends Enum<?>>> CODED_ENUMS =
      List.of(
          Indication.class, BodyArea.class, StriaeStage.class, Severity.class, Sex.class,
          PregnancyStatus.class, Condition.class, ConditionStatus.class, MedicationKind.class,
          Allergy.class, AreaCondition.class, LabOutcome.class, CyclePattern.class,
          Fitzpatrick.class, SkinType.class, ProcedureKind.class);

  private final List<TreatmentModule> modules;
  private final boolean everyTherapy;
  private final Set<Fact> asked;

  private IntakeQuestionnaire(List<TreatmentModule> modules, boolean everyTherapy) {
    this.modules = List.copyOf(modules);
    this.everyTherapy = everyTherapy;
    this.asked = IntakeFacts.of(modules.stream().map(TreatmentModule::protocol).toList());
  }

  /**
   * {@return the intake for one therapy: the request it gives asks for that therapy's plan}
   *
   * @param module an installed treatment module, not null
   */
  public static IntakeQuestionnaire of(TreatmentModule module) {
    return new IntakeQuestionnaire(List.of(Objects.requireNonNull(module, "module")), false);
  }

  /**
   * {@return the intake for every installed therapy: it asks what any of them needs, and which
   * treatment is wanted; left unanswered, the request is a comparison}
   *
   * @param catalog the installed treatment modules, not null
   */
  public static IntakeQuestionnaire of(TreatmentCatalog catalog) {
    return new IntakeQuestionnaire(Objects.requireNonNull(catalog, "catalog").modules(), true);
  }

  /**
   * {@return {@code https://regimen.org/fhir/Questionnaire/intake-<id>}, or {@code .../intake} for
   * every therapy}
   */
  public String url() {
    return RegimenCodes.BASE + "Questionnaire/" + id();
  }

  /**
   * {@return the protocols' versions and the library's, e.g. {@code prp-1.5.0+regimen-0.1.0}: the
   * questions change when a protocol does and when the library asks differently (a FHIR server must
   * never see two forms under one {@code url|version})}
   */
  public String version() {
    return modules.stream().map(m -> m.protocol().id() + "-" + m.protocol().version()).collect(Collectors.joining("+"))
        + "+regimen-" + Regimen.version();
  }

  /**
   * {@return the facts asked, as the coverage matrix names them (e.g. {@code
   * medication:ANTIBIOTIC})}
   */
  public Set<Fact> askedFacts() {
    return Set.copyOf(asked);
  }

  /** {@return a new Questionnaire each call; the caller may change it} */
  public Questionnaire toQuestionnaire() {
    Questionnaire questionnaire =
        new Questionnaire()
            .setUrl(url())
            .setVersion(version())
            .setName(everyTherapy ? "RegimenIntake" : "RegimenIntake" + camel(modules.get(0).protocol().id()))
            .setTitle("Intake for " + modules.stream().map(m -> m.protocol().name()).collect(Collectors.joining(", ")))
            .setStatus(PublicationStatus.ACTIVE)
            .setExperimental(false)
            .setPublisher("Regimen")
            .setDescription(
                "Generated by Regimen from the screening and course rules of "
                    + modules.stream().map(m -> m.protocol().id() + " " + m.protocol().version())
                        .collect(Collectors.joining(", "))
                    + ". Each linkId is the request JSON path its answer fills; an unanswered question"
                    + " is 'not known', never 'no'.");
    questionnaire.setId(id());
    questionnaire.setSubjectType(List.of(new CodeType("Patient")));
    List<ModuleDescriptor> descriptors = modules.stream().map(TreatmentModule::descriptor).toList();
    Set<Indication> indications = EnumSet.noneOf(Indication.class);
    Set<BodyArea> areas = EnumSet.noneOf(BodyArea.class);
    descriptors.forEach(d -> {
      indications.addAll(d.indications());
      areas.addAll(d.areas());
    });
    IntakeItems.request(everyTherapy ? descriptors : List.of(), indications, areas)
        .forEach(questionnaire::addItem);
    questionnaire.addItem(IntakeItems.patient(asked));
    return questionnaire;
  }

  /** {@return the Questionnaire as FHIR JSON, pretty-printed} */
  public String toJson() {
    return FhirJson.write(toQuestionnaire());
  }

  /**
   * {@return the code systems of the answer options, and of the procedure kinds an imported record
   * may use, that are not published as files: load them beside the Questionnaire on a FHIR server or
   * validator}
   */
  public static List<CodeSystem> codeSystems() {
    List<CodeSystem> systems = new ArrayList<>();
    CODED_ENUMS.forEach(e -> ContractCodes.codeSystem(e).ifPresent(systems::add));
    systems.add(ContractCodes.intakeAnswers());
    return systems;
  }

  /**
   * {@return a response with the answers {@code request} already knows (for a clinic that pre-fills
   * the form from its records, and for tests): authored on {@code asOf}, in the request's language}
   *
   * @param request a request whose answers are known, not null
   */
  public QuestionnaireResponse prefill(TreatmentRequest request) {
    JsonNode json = tree(RegimenJson.create().writeRequest(request));
    QuestionnaireResponse response =
        new QuestionnaireResponse()
            .setQuestionnaire(url() + "|" + version())
            .setStatus(QuestionnaireResponseStatus.COMPLETED)
            .setAuthoredElement(new DateTimeType(request.asOf().toString()));
    request.language().ifPresent(response::setLanguage);
    IntakePrefill.answer(toQuestionnaire(), json).forEach(response::addItem);
    return response;
  }

  /**
   * The request a response gives, with nothing but the answers and {@code asOf} (the day the
   * response was authored).
   *
   * @throws InvalidRequestException listing every problem: of the response (at the linkId) and of
   *     the request it gives (at the request path), as {@link RegimenJson#readRequest} reports them
   *
   * @param response a response to this questionnaire, not null
   * @return the request, validated as any request
   */
  public TreatmentRequest read(QuestionnaireResponse response) {
    return read(response, "{}");
  }

  /**
   * The request a response gives, completed by {@code context}: a JSON object with what the form
   * does not ask (e.g. {@code id}, {@code asOf}, {@code clinic}, {@code calendar}, {@code
   * history}). The response's authored day and language come before the context's.
   *
   * @throws InvalidRequestException as {@link #read(QuestionnaireResponse)}, and for a context that
   *     is not a JSON object or gives a key the form asks
   *
   * @param response a response to this questionnaire, not null
   * @param context a JSON object with what the form does not ask
   * @return the request, validated as any request
   */
  public TreatmentRequest read(QuestionnaireResponse response, String context) {
    return RegimenJson.create().readRequest(toRequestJson(response, context));
  }

  /**
   * {@return the request JSON a response gives (see {@link #read(QuestionnaireResponse, String)}),
   * unvalidated}
   *
   * @param response a response to this questionnaire, not null
   * @param context a JSON object with what the form does not ask
   * @throws InvalidRequestException listing every problem of the response (another questionnaire's,
   *     an answer it cannot take) and of the context (not a JSON object, a key the form asks)
   */
  public String toRequestJson(QuestionnaireResponse response, String context) {
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(context, "context");
    List<Problem> problems = new ArrayList<>();
    if (!response.hasQuestionnaire() || !response.getQuestionnaire().split("\\|")[0].equals(url())) {
      problems.add(Problem.of("QuestionnaireResponse.questionnaire", "must be " + url()));
    }
    IntakeAnswers.Result answers = IntakeAnswers.read(toQuestionnaire(), response.getItem());
    problems.addAll(answers.problems());
    ObjectNode request = answers.request();
    if (!everyTherapy) {
      request.put("treatment", modules.get(0).protocol().id());
    }
    if (response.hasAuthored()) {
      request.put("asOf", response.getAuthoredElement().getValueAsString().substring(0, 10));
    }
    if (response.hasLanguage()) {
      request.put("language", response.getLanguage());
    }
    if (!request.has("patient")) {
      request.putObject("patient"); // nothing about the patient answered: everything unknown
    }
    JsonNode extra = contextTree(context, problems);
    Set<String> asked = askedKeys();
    extra.fields().forEachRemaining(field -> {
      if (asked.contains(field.getKey())) {
        problems.add(Problem.of("context", "gives a key the questionnaire asks; allowed: keys it does not ask"));
      } else if (!request.has(field.getKey())) {
        request.set(field.getKey(), field.getValue());
      }
    });
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return request.toString();
  }

  private Set<String> askedKeys() {
    Set<String> keys = new java.util.HashSet<>();
    collectKeys(toQuestionnaire().getItem(), keys);
    keys.add("treatment");
    return keys;
  }

  private static void collectKeys(List<Questionnaire.QuestionnaireItemComponent> items, Set<String> keys) {
    for (Questionnaire.QuestionnaireItemComponent item : items) {
      keys.add(item.getLinkId().split("[.\\[]")[0]);
      collectKeys(item.getItem(), keys);
    }
  }

  private static JsonNode contextTree(String context, List<Problem> problems) {
    try {
      JsonNode tree = MAPPER.readTree(context);
      if (tree != null && tree.isObject()) {
        return tree;
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // reported below, without the parser's message (it may quote the input)
    }
    problems.add(Problem.of("context", "must be a JSON object"));
    return MAPPER.createObjectNode();
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Regimen wrote a request it cannot read", e);
    }
  }

  private String id() {
    return everyTherapy ? "intake" : "intake-" + modules.get(0).protocol().id();
  }

  private static String camel(String id) {
    StringBuilder name = new StringBuilder();
    for (String part : id.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return name.toString();
  }
}
