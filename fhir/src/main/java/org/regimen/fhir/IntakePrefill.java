package org.regimen.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
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
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Type;

/**
 * Answers the intake Questionnaire from what a request already records, reading each item's linkId
 * as the path into the request's JSON: what the request does not know stays unanswered, a known
 * empty list is "none of these". Items that are not enabled by the answers before them stay
 * unanswered, as a person filling the form would leave them.
 */
final class IntakePrefill {
  private final JsonNode request;
  private final Map<String, List<Type>> answers = new HashMap<>();

  private IntakePrefill(JsonNode request) {
    this.request = request;
  }

  static List<QuestionnaireResponseItemComponent> answer(Questionnaire questionnaire, JsonNode request) {
    IntakePrefill prefill = new IntakePrefill(request);
    List<QuestionnaireResponseItemComponent> items = new ArrayList<>();
    questionnaire.getItem().forEach(item -> items.addAll(prefill.fill(item, null)));
    return items;
  }

  /** The response items for {@code item}: none, one, or one per object of a repeating group. */
  private List<QuestionnaireResponseItemComponent> fill(QuestionnaireItemComponent item, JsonNode element) {
    if (!EnableWhen.enabled(item, answers)) {
      return List.of();
    }
    Optional<LinkIds> link = LinkIds.parse(item.getLinkId());
    if (link.isPresent() && link.get().isElement()) {
      List<QuestionnaireResponseItemComponent> repetitions = new ArrayList<>();
      for (JsonNode object : at(link.get().list())) {
        if (object.path(link.get().key()).asText().equals(link.get().value().orElseThrow())) {
          group(item, object).ifPresent(repetitions::add);
        }
      }
      return repetitions;
    }
    if (item.getType() == QuestionnaireItemType.GROUP) {
      return group(item, element).map(List::of).orElse(List.of());
    }
    QuestionnaireResponseItemComponent answered =
        new QuestionnaireResponseItemComponent().setLinkId(item.getLinkId()).setText(item.getText());
    List<Type> values = element == null ? values(item) : elementValues(item, element);
    if (values.isEmpty()) {
      return List.of();
    }
    answers.put(item.getLinkId(), values);
    values.forEach(v -> answered.addAnswer().setValue(v));
    return List.of(answered);
  }

  private Optional<QuestionnaireResponseItemComponent> group(QuestionnaireItemComponent item, JsonNode element) {
    QuestionnaireResponseItemComponent answered =
        new QuestionnaireResponseItemComponent().setLinkId(item.getLinkId()).setText(item.getText());
    item.getItem().forEach(child -> fill(child, element).forEach(answered::addItem));
    return answered.hasItem() ? Optional.of(answered) : Optional.empty();
  }

  /** A field of one object of a repeating group. */
  private static List<Type> elementValues(QuestionnaireItemComponent item, JsonNode element) {
    String field = LinkIds.parse(item.getLinkId()).flatMap(LinkIds::field).orElseThrow();
    JsonNode node = element.path(field);
    return node.isMissingNode() || node.isNull() ? List.of() : value(item, node).map(List::of).orElse(List.of());
  }

  /** The item's answers from the request, or "none of these" for a known list with none of its options. */
  private List<Type> values(QuestionnaireItemComponent item) {
    Optional<LinkIds> list = LinkIds.parse(item.getLinkId());
    List<JsonNode> nodes = new ArrayList<>();
    boolean knownList;
    if (list.isEmpty()) {
      knownList = nodesAt(item.getLinkId(), nodes);
    } else if (list.get().isSelector()) {
      JsonNode array = at(list.get().list());
      knownList = array.isArray();
      array.forEach(e -> nodes.add(e.path(list.get().key())));
    } else {
      knownList = false;
      fieldOfMatching(item, list.get(), nodes);
    }
    List<Type> values = new ArrayList<>();
    for (JsonNode node : nodes) {
      if (!node.isMissingNode() && !node.isNull()) {
        value(item, node).filter(v -> values.stream().noneMatch(o -> EnableWhen.same(o, v))).ifPresent(values::add);
      }
    }
    if (values.isEmpty() && knownList) {
      // Known, and none of the listed options (those not listed play no part in the therapies asked).
      option(item, ContractCodes.NONE_OF_THESE).ifPresent(values::add);
    }
    return values;
  }

  /**
   * Adds the value or list of codes at a plain path to {@code nodes}; returns whether it is a known
   * list of codes (so that an empty one answers "none of these").
   */
  private boolean nodesAt(String path, List<JsonNode> nodes) {
    JsonNode node = at(path);
    // A list of records (procedures: kind, area, day) is answered by its repeating groups; only
    // the known empty list is "none of these" here.
    boolean records = node.isArray() && node.size() > 0 && node.get(0).isObject()
        && !node.get(0).has(IntakeItems.CONDITION_KEY);
    if (node.isArray()) {
      // A list of codes whose entries may be objects with more (a condition's status): the code.
      node.forEach(e -> nodes.add(e.isObject() ? e.path(IntakeItems.CONDITION_KEY) : e));
    } else if (!node.isMissingNode()) {
      nodes.add(node);
    }
    return node.isArray() && !records;
  }

  /**
   * Adds the field of the list's objects whose key has the linkId's value: of every one for a
   * repeating item, else of the latest.
   */
  private void fieldOfMatching(QuestionnaireItemComponent item, LinkIds list, List<JsonNode> nodes) {
    List<JsonNode> matching = new ArrayList<>();
    at(list.list()).forEach(e -> {
      if (e.path(list.key()).asText().equals(list.value().orElseThrow())) {
        matching.add(e);
      }
    });
    String field = list.field().orElseThrow();
    if (item.getRepeats()) {
      matching.forEach(e -> nodes.add(e.path(field)));
    } else {
      latest(matching).ifPresent(e -> nodes.add(e.path(field)));
    }
  }

  /** Of several objects for one key (results of one test), the one with the latest date, else the last. */
  private static Optional<JsonNode> latest(List<JsonNode> matching) {
    JsonNode latest = null;
    for (JsonNode node : matching) {
      if (latest == null || node.path("date").asText().compareTo(latest.path("date").asText()) >= 0) {
        latest = node;
      }
    }
    return Optional.ofNullable(latest);
  }

  private static Optional<Type> value(QuestionnaireItemComponent item, JsonNode node) {
    return switch (item.getType()) {
      case CHOICE -> option(item, node.asText());
      case BOOLEAN -> Optional.of(new BooleanType(node.booleanValue()));
      case DATE -> Optional.of(new DateType(node.asText()));
      case INTEGER -> Optional.of(new IntegerType(node.intValue()));
      case DECIMAL -> Optional.of(new DecimalType(node.decimalValue()));
      default -> Optional.empty();
    };
  }

  private static Optional<Type> option(QuestionnaireItemComponent item, String code) {
    return item.getAnswerOption().stream()
        .map(QuestionnaireItemAnswerOptionComponent::getValue)
        .filter(v -> v instanceof Coding c && c.getCode().equals(code))
        .map(v -> (Type) v.copy())
        .findFirst();
  }

  private JsonNode at(String path) {
    JsonNode node = request;
    for (String part : path.split("\\.")) {
      node = node.path(part);
    }
    return node;
  }
}
