package org.regimen.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.regimen.error.Problem;
import org.regimen.error.ProblemLimit;

/**
 * Walks a JSON tree strictly and collects every problem with its path instead of stopping at the
 * first, so a caller fixes a request in one round. Messages name the rule and the allowed values,
 * never the value found (it may be patient data). One instance per document; not thread-safe.
 *
 * <p>A value with a problem reads as empty and its object is still built where it can be: the
 * partial result only serves further checks, since the document is rejected anyway.
 */
final class TreeReader {
  static final String NOT_A_STRING = "must be a string";
  static final String NOT_A_DATE = "must be an ISO-8601 date (yyyy-mm-dd)";
  static final String NOT_A_BOOLEAN = "must be true or false";
  static final String NOT_A_DECIMAL = "must be a number with at most 12 significant digits";
  static final String NOT_AN_ARRAY = "must be an array";
  static final String NOT_AN_OBJECT = "must be an object";
  static final String NULL = "must not be null; leave the field out when it is not known";
  static final String REQUIRED = "is required";

  // The ISO parser also takes signed years of more than four digits; the contract does not.
  private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private static final ClassValue<Map<String, Object>> ENUM_VALUES =
      new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
          Map<String, Object> byName = new LinkedHashMap<>();
          for (Object constant : type.getEnumConstants()) {
            byName.put(((Enum<?>) constant).name(), constant);
          }
          return Map.copyOf(byName);
        }
      };

  private static final ClassValue<String> ENUM_MESSAGES =
      new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
          StringBuilder message = new StringBuilder("must be one of: ");
          Object[] constants = type.getEnumConstants();
          for (int i = 0; i < constants.length; i++) {
            message.append(i == 0 ? "" : ", ").append(((Enum<?>) constants[i]).name());
          }
          return message.toString();
        }
      };

  // Only the first problems are kept (ProblemLimit); the rest are counted, so a line of many bad
  // items costs time linear in its length and no more memory than the first few.
  private final List<Problem> problems = new ArrayList<>();
  private long problemCount;

  void problem(String path, String message) {
    problemCount++;
    if (problems.size() < ProblemLimit.MAX_PROBLEMS) {
      problems.add(Problem.of(Paths.display(path), message));
    }
  }

  /** The first problems found, then one that counts the rest. */
  List<Problem> problems() {
    return ProblemLimit.capped(problems, problemCount - problems.size());
  }

  boolean hasProblems() {
    return problemCount > 0;
  }

  long problemCount() {
    return problemCount;
  }

  ValueReader<String> text() {
    return (node, path) -> {
      if (!node.isTextual()) {
        problem(path, NOT_A_STRING);
        return Optional.empty();
      }
      return Optional.of(node.textValue());
    };
  }

  ValueReader<Boolean> bool() {
    return (node, path) -> {
      if (!node.isBoolean()) {
        problem(path, NOT_A_BOOLEAN);
        return Optional.empty();
      }
      return Optional.of(node.booleanValue());
    };
  }

  ValueReader<LocalDate> date() {
    return (node, path) -> {
      if (node.isTextual() && DATE_SHAPE.matcher(node.textValue()).matches()) {
        try {
          return Optional.of(LocalDate.parse(node.textValue()));
        } catch (DateTimeParseException e) {
          // falls through: right shape, impossible day (2027-02-30)
        }
      }
      problem(path, NOT_A_DATE);
      return Optional.empty();
    };
  }

  /**
   * A number such as {@code 95} or {@code 6.8}; {@code "6.8"} is not. At most 12 significant digits,
   * so no input can make a huge decimal; whether it is plausible is the validator's check.
   */
  ValueReader<java.math.BigDecimal> decimal() {
    return (node, path) -> {
      if (node.isNumber() && !(node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue()))) {
        java.math.BigDecimal value = node.decimalValue().stripTrailingZeros();
        if (value.precision() <= 12 && Math.abs(value.precision() - value.scale()) <= 12) {
          return Optional.of(value.scale() < 0 ? value.setScale(0) : value);
        }
      }
      problem(path, NOT_A_DECIMAL);
      return Optional.empty();
    };
  }

  /** A whole number from {@code min} to {@code max}; {@code 5.0} and {@code "5"} are not. */
  ValueReader<Integer> integer(int min, int max) {
    ValueReader<Long> wide = longInteger(min, max);
    return (node, path) -> wide.read(node, path).map(Long::intValue);
  }

  ValueReader<Long> longInteger(long min, long max) {
    String message = rangeMessage(min, max);
    return (node, path) -> {
      if (node.isIntegralNumber() && node.canConvertToLong()) {
        long value = node.longValue();
        if (value >= min && value <= max) {
          return Optional.of(value);
        }
      }
      problem(path, message);
      return Optional.empty();
    };
  }

  private static String rangeMessage(long min, long max) {
    if (max == Integer.MAX_VALUE || max == Long.MAX_VALUE) {
      return "must be an integer of at least " + min;
    }
    return "must be an integer from " + min + " to " + max;
  }

  <E extends Enum<E>> ValueReader<E> oneOf(Class<E> type) {
    Map<String, Object> byName = ENUM_VALUES.get(type);
    String message = ENUM_MESSAGES.get(type);
    return (node, path) -> {
      Object constant = node.isTextual() ? byName.get(node.textValue()) : null;
      if (constant == null) {
        problem(path, message);
        return Optional.empty();
      }
      return Optional.of(type.cast(constant));
    };
  }

  /** The elements that could be read; each bad element is a problem at its index. */
  <T> ValueReader<List<T>> listOf(ValueReader<T> element) {
    return (node, path) -> {
      if (!node.isArray()) {
        problem(path, NOT_AN_ARRAY);
        return Optional.empty();
      }
      List<T> values = new ArrayList<>(node.size());
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        String itemPath = Paths.index(path, i);
        if (item.isNull()) {
          problem(itemPath, "must not be null");
        } else {
          element.read(item, itemPath).ifPresent(values::add);
        }
      }
      return Optional.of(values);
    };
  }

  /**
   * An object with only the {@code allowed} keys, bound by {@code binder}. What the builders and
   * their checks throw becomes a problem at the object's path, unless an earlier problem inside
   * the object already explains it.
   */
  <T> ValueReader<T> object(AllowedFields allowed, Function<Fields, T> binder) {
    return (node, path) -> {
      if (!node.isObject()) {
        problem(path, NOT_AN_OBJECT);
        return Optional.empty();
      }
      int position = 0;
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        position++;
        if (!allowed.contains(names.next())) {
          problem(path, allowed.unknownMessage(position));
        }
      }
      return build(path, () -> binder.apply(new Fields(node, path)));
    };
  }

  private <T> Optional<T> build(String path, Supplier<T> builder) {
    long before = problemCount();
    try {
      return Optional.of(builder.get());
    } catch (IllegalArgumentException | IllegalStateException | NoSuchElementException e) {
      // NoSuchElementException: a binder's orElseThrow() on a value whose problem is recorded.
      if (problemCount() == before) {
        problem(path, describe(e));
      }
      return Optional.empty();
    }
  }

  // Immutables' messages name attributes and rules, never values; ours follow the same rule.
  private static String describe(RuntimeException e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return "is not valid";
    }
    if (message.startsWith("Cannot build")) {
      int bracket = message.indexOf('[');
      return bracket < 0
          ? "misses required fields"
          : "misses required fields " + message.substring(bracket);
    }
    return message;
  }

  /** The keys of one JSON object, each read at its own path. */
  final class Fields {
    private final JsonNode node;
    private final String path;

    private Fields(JsonNode node, String path) {
      this.node = node;
      this.path = path;
    }

    String path() {
      return path;
    }

    String path(String name) {
      return Paths.field(path, name);
    }

    boolean has(String name) {
      return node.has(name);
    }

    /** Empty when the key is absent (not known) or its value has a problem. */
    <T> Optional<T> optional(String name, ValueReader<T> reader) {
      JsonNode value = node.get(name);
      if (value == null) {
        return Optional.empty();
      }
      if (value.isNull()) {
        problem(path(name), NULL);
        return Optional.empty();
      }
      return reader.read(value, path(name));
    }

    <T> Optional<T> required(String name, ValueReader<T> reader) {
      if (!node.has(name)) {
        problem(path(name), REQUIRED);
        return Optional.empty();
      }
      return optional(name, reader);
    }

    /** A list that is always written, so absent reads as empty. */
    <T> List<T> list(String name, ValueReader<T> element) {
      return optional(name, listOf(element)).orElse(List.of());
    }
  }
}
