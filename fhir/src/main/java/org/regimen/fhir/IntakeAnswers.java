package org.regimen.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.regimen.error.Problem;
import org.regimen.request.LabTest;

/**
 * The answers of a response to the intake Questionnaire as request JSON: each linkId is the path
 * its answers fill ({@link LinkIds}). An unanswered question leaves its key out, which the request
 * reads as "not known", never as "no"; "none of these" is a known empty list. Problems name the
 * linkId and the rule, never an answer.
 */
final class IntakeAnswers {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Map<String, QuestionnaireItemComponent> questions = new HashMap<>();
  private final ObjectNode request = JSON.objectNode();
  private final List<Problem> problems = new ArrayList<>();

  private IntakeAnswers(Questionnaire questionnaire) {
    index(questionnaire.getItem());
  }

  record Result(ObjectNode request, List<Problem> problems) {}

  static Result read(Questionnaire questionnaire, List<QuestionnaireResponseItemComponent> items) {
    IntakeAnswers answers = new IntakeAnswers(questionnaire);
    List<QuestionnaireResponseItemComponent> answered = new ArrayList<>();
    answers.flatten(items, answered);
    // Follow-ups last, so the options they follow are chosen first whatever the response's order.
    answered.stream().filter(i -> !answers.isFollowUp(i)).forEach(answers::take);
    answered.stream().filter(answers::isFollowUp).forEach(answers::take);
    return new Result(answers.request, List.copyOf(answers.problems));
  }

  private void index(List<QuestionnaireItemComponent> items) {
    for (QuestionnaireItemComponent item : items) {
      questions.put(item.getLinkId(), item);
      index(item.getItem());
    }
  }

  private void flatten(
      List<QuestionnaireResponseItemComponent> items, List<QuestionnaireResponseItemComponent> into) {
    for (QuestionnaireResponseItemComponent item : items) {
      Optional<LinkIds> link = LinkIds.parse(item.getLinkId());
      if (link.isPresent() && link.get().isElement()) {
        element(item, link.get());
        continue;
      }
      if (item.hasAnswer()) {
        into.add(item);
      }
      flatten(item.getItem(), into);
      item.getAnswer().forEach(a -> flatten(a.getItem(), into));
    }
  }

  /** One repetition of a repeating group: one object of the list, its fields from the group's items. */
  private void element(QuestionnaireResponseItemComponent group, LinkIds link) {
    if (!questions.containsKey(group.getLinkId())) {
      problems.add(Problem.of(group.getLinkId(), "is no question of this questionnaire"));
      return;
    }
    ObjectNode object = JSON.objectNode().put(link.key(), link.value().orElseThrow());
    for (QuestionnaireResponseItemComponent item : group.getItem()) {
      String linkId = item.getLinkId();
      Optional<String> field =
          LinkIds.parse(linkId)
              .filter(l -> l.list().equals(link.list()) && l.value().equals(link.value()))
              .flatMap(LinkIds::field);
      if (field.isEmpty() || !questions.containsKey(linkId)) {
        problems.add(Problem.of(linkId, "is no question of this group"));
      } else if (item.getAnswer().size() != 1) {
        problems.add(Problem.of(linkId, "takes one answer"));
      } else {
        value(linkId, item.getAnswerFirstRep().getValue()).ifPresent(v -> object.set(field.get(), v));
      }
    }
    withUnit(object);
    JsonNode existing = at(link.list());
    ArrayNode array = existing.isArray() ? (ArrayNode) existing : JSON.arrayNode();
    array.add(object);
    set(link.list(), array);
  }

  /**
   * A measured value is asked in its test's own unit, which the questionnaire states and the
   * request requires beside the value: written here rather than asked again.
   */
  private static void withUnit(ObjectNode object) {
    if (!object.has("value") || object.has("unit")) {
      return;
    }
    Arrays.stream(LabTest.values())
        .filter(t -> t.name().equals(object.path("test").asText()))
        .findFirst()
        .flatMap(LabTest::unit)
        .ifPresent(unit -> object.put("unit", unit));
  }

  private boolean isFollowUp(QuestionnaireResponseItemComponent item) {
    return LinkIds.parse(item.getLinkId()).filter(l -> !l.isSelector()).isPresent();
  }

  private void take(QuestionnaireResponseItemComponent item) {
    String linkId = item.getLinkId();
    QuestionnaireItemComponent question = questions.get(linkId);
    if (question == null || question.getType() == QuestionnaireItemType.GROUP) {
      problems.add(Problem.of(linkId, "is no question of this questionnaire"));
      return;
    }
    List<JsonNode> values = new ArrayList<>();
    boolean none = false;
    for (QuestionnaireResponseItemAnswerComponent answer : item.getAnswer()) {
      if (answer.getValue() instanceof Coding c && ContractCodes.INTAKE_ANSWER.equals(c.getSystem())) {
        none = true;
      } else {
        value(linkId, answer.getValue()).ifPresent(values::add);
      }
    }
    if (none && !values.isEmpty()) {
      problems.add(Problem.of(linkId, "'none of these' is chosen together with another option"));
      return;
    }
    if (!question.getRepeats() && values.size() > 1) {
      problems.add(Problem.of(linkId, "takes one answer"));
      return;
    }
    Optional<LinkIds> list = LinkIds.parse(linkId);
    if (list.isEmpty() && none && at(linkId).size() > 0) {
      // "None of these" for a list whose entries the repeating groups already gave (procedures).
      problems.add(Problem.of(linkId, "'none of these' is chosen, but entries are given"));
      return;
    }
    if (list.isEmpty()) {
      set(linkId, question.getRepeats() ? array(values) : values.isEmpty() ? array(values) : values.get(0));
    } else if (list.get().isSelector()) {
      ArrayNode objects = JSON.arrayNode();
      values.forEach(v -> objects.addObject().set(list.get().key(), v));
      set(list.get().list(), objects);
    } else {
      followUp(linkId, list.get(), values);
    }
  }

  /** A field of the list's objects with the key's value; one object per answer when it repeats. */
  private void followUp(String linkId, LinkIds link, List<JsonNode> values) {
    String value = link.value().orElseThrow();
    JsonNode existing = at(link.list());
    List<ObjectNode> matching = objectsWithKey(existing, link.key(), value);
    if (matching.isEmpty()) {
      if (followsAChoice(link)) {
        problems.add(Problem.of(linkId, "answers a follow-up to an option that was not chosen"));
        return;
      }
      ObjectNode created = JSON.objectNode().put(link.key(), value);
      ArrayNode array = existing.isArray() ? (ArrayNode) existing : JSON.arrayNode();
      array.add(created);
      set(link.list(), array);
      matching.add(created);
    }
    setField((ArrayNode) at(link.list()), link.field().orElseThrow(), matching, values);
  }

  /**
   * Whether the list's entries are chosen by a question of their own: a selector
   * (patient.medications[*].kind) or a list of bare codes whose entry becomes an object once a
   * follow-up is answered (patient.conditions: "CANCER" becomes {"code": "CANCER", "status": ...}).
   * A group of that name only gathers the follow-ups (assessment.areas): each answer then makes its
   * own object.
   */
  private boolean followsAChoice(LinkIds link) {
    QuestionnaireItemComponent listQuestion = questions.get(link.list());
    return questions.containsKey(LinkIds.selector(link.list(), link.key()))
        || (listQuestion != null && listQuestion.getType() != QuestionnaireItemType.GROUP);
  }

  /** The list's objects whose {@code key} is {@code value}, after turning a bare code into such an object. */
  private static List<ObjectNode> objectsWithKey(JsonNode list, String key, String value) {
    if (list instanceof ArrayNode codes) {
      for (int i = 0; i < codes.size(); i++) {
        if (codes.get(i).isTextual() && codes.get(i).asText().equals(value)) {
          codes.set(i, JSON.objectNode().put(key, value));
        }
      }
    }
    List<ObjectNode> matching = new ArrayList<>();
    list.forEach(e -> {
      if (e.isObject() && e.path(key).asText().equals(value)) {
        matching.add((ObjectNode) e);
      }
    });
    return matching;
  }

  /** One answer sets the field on each matching object; several replace them by one copy per answer. */
  private static void setField(ArrayNode array, String field, List<ObjectNode> matching, List<JsonNode> values) {
    if (values.size() == 1) {
      matching.forEach(o -> o.set(field, values.get(0)));
    } else if (values.size() > 1) {
      ObjectNode template = matching.get(0);
      for (int i = array.size() - 1; i >= 0; i--) {
        if (matching.contains(array.get(i))) {
          array.remove(i);
        }
      }
      values.forEach(v -> array.add(template.deepCopy().set(field, v)));
    }
  }

  private Optional<JsonNode> value(String linkId, Type value) {
    if (value instanceof Coding c) {
      return Optional.of(JSON.textNode(c.getCode()));
    }
    if (value instanceof BooleanType b) {
      return Optional.of(JSON.booleanNode(b.booleanValue()));
    }
    if (value instanceof DateType d) {
      if (d.getPrecision() != ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY) {
        problems.add(Problem.of(linkId, "must be a full date (YYYY-MM-DD)"));
        return Optional.empty();
      }
      return Optional.of(JSON.textNode(d.getValueAsString()));
    }
    if (value instanceof DecimalType n) {
      return Optional.of(JSON.numberNode(n.getValue()));
    }
    if (value instanceof IntegerType n) {
      return Optional.of(JSON.numberNode(n.getValue()));
    }
    if (value instanceof StringType s) {
      return Optional.of(JSON.textNode(s.getValue()));
    }
    problems.add(Problem.of(linkId, "an answer of a type this question does not take"));
    return Optional.empty();
  }

  private ArrayNode array(List<JsonNode> values) {
    ArrayNode array = JSON.arrayNode();
    values.forEach(array::add);
    return array;
  }

  private JsonNode at(String path) {
    JsonNode node = request;
    for (String part : path.split("\\.")) {
      node = node.path(part);
    }
    return node;
  }

  private void set(String path, JsonNode value) {
    String[] parts = path.split("\\.");
    ObjectNode node = request;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode child = node.get(parts[i]);
      node = child instanceof ObjectNode o ? o : node.putObject(parts[i]);
    }
    node.set(parts[parts.length - 1], value);
  }

}
