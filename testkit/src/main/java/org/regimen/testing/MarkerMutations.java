package org.regimen.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Copies of a valid request with a marker planted in one place each: an unknown key (with a marker
 * value) in every object, and every value replaced by a marker string, a marker number, a marker
 * object and a marker array. Nothing an answer says may contain a marker ({@link #LEAK}).
 *
 * @since 0.1.0
 */
public final class MarkerMutations {
  /** Every marker contains this text or this number. */
  public static final String TEXT = "QQLEAK";

  /** Every numeric marker is this number. */
  public static final long NUMBER = 7_314_159_265L;

  /** Finds any marker (text, number or name) in an output that must not echo patient data. */
  public static final Pattern LEAK = Pattern.compile(TEXT + "|" + NUMBER + "|JaneQQ");

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private MarkerMutations() {}

  /**
   * Copies of a request, each with one value replaced by a marker.
   *
   * @param requestJson a request as JSON text
   * @return every copy of {@code requestJson} with one marker, as compact JSON lines
   */
  public static List<String> of(String requestJson) {
    JsonNode root = parse(requestJson);
    List<String> copies = new ArrayList<>();
    int[] counter = {0};
    visit(root, node -> {
      if (node instanceof ObjectNode object) {
        int n = counter[0]++;
        copies.add(copyWith(root, node, target -> ((ObjectNode) target).put(TEXT + "Key" + n, TEXT + "Value" + n)));
        copies.add(copyWith(root, node, target -> ((ObjectNode) target).put("JaneQQ" + n, NUMBER)));
        for (var names = object.fieldNames(); names.hasNext(); ) {
          String name = names.next();
          for (JsonNode marker : markers(n)) {
            copies.add(copyWith(root, node, target -> ((ObjectNode) target).set(name, marker)));
          }
        }
      } else if (node instanceof ArrayNode array) {
        int n = counter[0]++;
        for (int i = 0; i < array.size(); i++) {
          int index = i;
          for (JsonNode marker : markers(n)) {
            copies.add(copyWith(root, node, target -> ((ArrayNode) target).set(index, marker)));
          }
        }
      }
    });
    return copies;
  }

  private static List<JsonNode> markers(int n) {
    ObjectNode object = NODES.objectNode();
    object.put(TEXT + "Inner" + n, TEXT);
    ArrayNode array = NODES.arrayNode();
    array.add(TEXT + "Item" + n);
    array.add(NUMBER);
    // A space makes even the string marker an invalid id: only a valid id is ever echoed.
    return List.of(NODES.textNode(TEXT + " " + n), NODES.numberNode(NUMBER), object, array,
        NODES.textNode("2027-" + TEXT + " 01"), NODES.numberNode(NUMBER + 0.5));
  }

  /** A copy of {@code root} where {@code change} is applied to the copy of {@code node}. */
  private static String copyWith(JsonNode root, JsonNode node, Consumer<JsonNode> change) {
    JsonNode copy = root.deepCopy();
    JsonNode target = find(root, copy, node);
    change.accept(target);
    try {
      return MAPPER.writeValueAsString(copy);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The node of {@code copy} at the place {@code original} has in {@code root}. */
  private static JsonNode find(JsonNode root, JsonNode copy, JsonNode original) {
    if (root == original) {
      return copy;
    }
    if (root.isObject()) {
      for (var names = root.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        JsonNode found = find(root.get(name), copy.get(name), original);
        if (found != null) {
          return found;
        }
      }
    } else if (root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        JsonNode found = find(root.get(i), copy.get(i), original);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static void visit(JsonNode node, Consumer<JsonNode> visitor) {
    visitor.accept(node);
    node.elements().forEachRemaining(child -> visit(child, visitor));
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
