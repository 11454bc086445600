package org.regimen.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One JSON object read strictly, knowing nothing about protocols. Each getter records a problem at
 * the value's path instead of throwing, and returns {@code null} (or empty) so the caller can go on
 * reading. {@link #done()} reports every key nobody asked for: a misspelt key must fail the load,
 * not silently drop a value.
 *
 * <p>Readers build their value type only when {@link #done()} says nothing went wrong inside the
 * object (its children included), so a half-read object never reaches an Immutables builder.
 */
final class StrictObject {
  private final JsonNode node;
  private final String path;
  private final Problems problems;
  private final Set<String> readKeys = new HashSet<>();
  private final int problemsAtStart;

  private StrictObject(JsonNode node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
    this.problemsAtStart = problems.count();
  }

  /** The object at {@code path}, or {@code null} (with a problem) when the node is not an object. */
  static StrictObject of(JsonNode node, String path, Problems problems) {
    if (!node.isObject()) {
      problems.add(path.isEmpty() ? "(document)" : path, "must be an object");
      return null;
    }
    return new StrictObject(node, path, problems);
  }

  String path() {
    return path;
  }

  String pathOf(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  Problems problems() {
    return problems;
  }

  void problem(String key, String rule) {
    problems.add(pathOf(key), rule);
  }

  void problemHere(String rule) {
    problems.add(path.isEmpty() ? "(document)" : path, rule);
  }

  /** Whether the key is present (even as null); does not count as reading it. */
  boolean has(String key) {
    return node.has(key);
  }

  /** Marks a key as read without reading it, for keys a caller has already reported on. */
  void skip(String key) {
    readKeys.add(key);
  }

  /** Reports unknown keys; true when nothing went wrong in this object or below it. */
  boolean done() {
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      if (!readKeys.contains(property.getKey())) {
        problem(property.getKey(), "is not a known key");
      }
    }
    return problems.count() == problemsAtStart;
  }

  // ---- scalars ----

  String text(String key) {
    return readText(key, take(key, true));
  }

  Optional<String> optionalText(String key) {
    return Optional.ofNullable(readText(key, take(key, false)));
  }

  /** A required text that must match {@code pattern}; {@code what} says the expected form. */
  String text(String key, String pattern, String what) {
    String value = text(key);
    if (value != null && !value.matches(pattern)) {
      problem(key, "must be " + what + ", not '" + value + "'");
      return null;
    }
    return value;
  }

  Integer integer(String key, int min) {
    return readInteger(pathOf(key), take(key, true), min);
  }

  /** A required number, whole or not (a threshold such as 6.5), not negative. */
  java.math.BigDecimal decimal(String key) {
    JsonNode value = take(key, true);
    if (value == null) {
      return null;
    }
    if (!value.isNumber() || value.decimalValue().signum() < 0) {
      problem(key, "must be a number of at least 0");
      return null;
    }
    return value.decimalValue().stripTrailingZeros();
  }

  Optional<Integer> optionalInteger(String key, int min) {
    return Optional.ofNullable(readInteger(pathOf(key), take(key, false), min));
  }

  Optional<Boolean> optionalBoolean(String key) {
    JsonNode value = take(key, false);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isBoolean()) {
      problem(key, "must be true or false");
      return Optional.empty();
    }
    return Optional.of(value.booleanValue());
  }

  <E extends Enum<E>> E enumValue(String key, Class<E> type) {
    return enumValue(key, type, EnumSet.allOf(type));
  }

  /** An enum value restricted to {@code allowed}, for fields that take only part of an enum. */
  <E extends Enum<E>> E enumValue(String key, Class<E> type, Set<E> allowed) {
    return readEnum(pathOf(key), take(key, true), type, allowed);
  }

  <E extends Enum<E>> Optional<E> optionalEnum(String key, Class<E> type) {
    return Optional.ofNullable(
        readEnum(pathOf(key), take(key, false), type, EnumSet.allOf(type)));
  }

  // ---- lists ----

  /**
   * A list of enum values without repeats. A required list must not be empty: a rule that lists
   * nothing would silently never fire.
   */
  <E extends Enum<E>> List<E> enumList(String key, Class<E> type, boolean required) {
    return list(
        key,
        required,
        (element, elementPath) -> readEnum(elementPath, element, type, EnumSet.allOf(type)));
  }

  /** A list of non-blank texts without repeats; required lists must not be empty. */
  List<String> textList(String key, boolean required) {
    return list(
        key,
        required,
        (element, elementPath) -> {
          if (!element.isTextual() || element.textValue().isBlank()) {
            problems.add(elementPath, "must be a non-empty string");
            return null;
          }
          return element.textValue();
        });
  }

  /**
   * A list of objects, each handed to {@code reader} with its own path ({@code key[i]}). Elements
   * that failed come back as {@code null}, so indexes stay aligned with the document.
   */
  <T> List<T> objects(String key, boolean required, Function<StrictObject, T> reader) {
    return objects(key, required, required, reader);
  }

  /** As {@link #objects(String, boolean, Function)}, for a list that must be present but may be empty. */
  <T> List<T> possiblyEmptyObjects(String key, Function<StrictObject, T> reader) {
    return objects(key, true, false, reader);
  }

  private <T> List<T> objects(
      String key, boolean required, boolean nonEmpty, Function<StrictObject, T> reader) {
    JsonNode value = take(key, required);
    List<T> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    if (!value.isArray()) {
      problem(key, "must be a list");
      return result;
    }
    if (nonEmpty && value.isEmpty()) {
      problem(key, "must not be empty");
    }
    for (int i = 0; i < value.size(); i++) {
      StrictObject element = of(value.get(i), pathOf(key) + "[" + i + "]", problems);
      result.add(element == null ? null : reader.apply(element));
    }
    return result;
  }

  /** The object under {@code key}, or {@code null} (with a problem if required). */
  StrictObject object(String key, boolean required) {
    JsonNode value = take(key, required);
    return value == null ? null : of(value, pathOf(key), problems);
  }

  /** The object under {@code key} read by {@code reader}; {@code null} when absent or broken. */
  <T> T object(String key, boolean required, Function<StrictObject, T> reader) {
    StrictObject child = object(key, required);
    return child == null ? null : reader.apply(child);
  }

  /** Every key of this object with its raw node, each marked read: for maps keyed by data. */
  Map<String, JsonNode> entries() {
    Map<String, JsonNode> result = new HashMap<>();
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      readKeys.add(property.getKey());
      result.put(property.getKey(), property.getValue());
    }
    return result;
  }

  /**
   * Reports a repeated {@code idKey} among the objects of the list {@code listKey}. Works on the raw
   * tree, so a repeat is found even when the repeated elements are broken in other ways.
   */
  void requireUnique(String listKey, String idKey, String what) {
    JsonNode list = node.get(listKey);
    if (list == null || !list.isArray()) {
      return;
    }
    Map<String, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode id = list.get(i).get(idKey);
      if (id == null || !id.isTextual()) {
        continue;
      }
      Integer first = firstIndex.putIfAbsent(id.textValue(), i);
      if (first != null) {
        problems.add(
            pathOf(listKey) + "[" + i + "]." + idKey,
            what + " '" + id.textValue() + "' is already used at " + pathOf(listKey) + "[" + first + "]");
      }
    }
  }

  // ---- raw readers, shared by the typed getters ----

  private JsonNode take(String key, boolean required) {
    readKeys.add(key);
    JsonNode value = node.get(key);
    if (value == null) {
      if (required) {
        problem(key, "is required");
      }
      return null;
    }
    if (value.isNull()) {
      problem(key, "must not be null (leave the key out instead)");
      return null;
    }
    return value;
  }

  private String readText(String key, JsonNode value) {
    if (value == null) {
      return null;
    }
    if (!value.isTextual() || value.textValue().isBlank()) {
      problem(key, "must be a non-empty string");
      return null;
    }
    return value.textValue();
  }

  private static Integer readInteger(String at, JsonNode value, int min, Problems problems) {
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      problems.add(at, "must be a whole number");
      return null;
    }
    if (value.intValue() < min) {
      problems.add(at, "must be at least " + min);
      return null;
    }
    return value.intValue();
  }

  private Integer readInteger(String at, JsonNode value, int min) {
    return readInteger(at, value, min, problems);
  }

  private <E extends Enum<E>> E readEnum(String at, JsonNode value, Class<E> type, Set<E> allowed) {
    if (value == null) {
      return null;
    }
    if (value.isTextual()) {
      for (E constant : type.getEnumConstants()) {
        if (allowed.contains(constant) && constant.name().equals(value.textValue())) {
          return constant;
        }
      }
    }
    String names =
        Arrays.stream(type.getEnumConstants())
            .filter(allowed::contains)
            .map(Enum::name)
            .collect(Collectors.joining(", "));
    problems.add(at, "must be one of " + names);
    return null;
  }

  /** Reads one element of a list; returns null after recording a problem at its path. */
  private interface ElementReader<T> {
    T read(JsonNode element, String elementPath);
  }

  private <T> List<T> list(String key, boolean required, ElementReader<T> reader) {
    JsonNode value = take(key, required);
    List<T> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    if (!value.isArray()) {
      problem(key, "must be a list");
      return result;
    }
    if (required && value.isEmpty()) {
      problem(key, "must not be empty");
    }
    Set<T> seen = new HashSet<>();
    for (int i = 0; i < value.size(); i++) {
      String elementPath = pathOf(key) + "[" + i + "]";
      T element = reader.read(value.get(i), elementPath);
      if (element != null && !seen.add(element)) {
        problems.add(elementPath, "repeats " + element);
      } else if (element != null) {
        result.add(element);
      }
    }
    return result;
  }
}
