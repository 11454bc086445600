package org.regimen.protocol;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The valid sample documents as mutable trees: each validation test breaks one copy in a known
 * place, so the expected path is obvious and the rest of the document stays valid.
 */
final class SampleDocuments {
  static final String SAMPLE_PROTOCOL = "org/regimen/protocol/sample-protocol.json";
  static final String SAMPLE_RULES = "org/regimen/protocol/sample-rules.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SampleDocuments() {}

  static ObjectNode protocol() {
    return read(SAMPLE_PROTOCOL);
  }

  static ObjectNode rules() {
    return read(SAMPLE_RULES);
  }

  static ObjectNode read(String resource) {
    try (InputStream in = SampleDocuments.class.getClassLoader().getResourceAsStream(resource)) {
      return (ObjectNode) MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Protocol parse(JsonNode document) {
    return ProtocolLoader.parse("test.json", stream(document), Glossary.standard());
  }

  static InputStream stream(JsonNode document) {
    return new ByteArrayInputStream(document.toString().getBytes(StandardCharsets.UTF_8));
  }

  static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The problems a broken protocol document is rejected with. */
  static List<String> problemsOf(JsonNode document) {
    return problemsOf(() -> parse(document));
  }

  static List<String> problemsOf(Runnable load) {
    ProtocolException[] caught = new ProtocolException[1];
    assertThatThrownBy(load::run)
        .isInstanceOfSatisfying(ProtocolException.class, e -> caught[0] = e);
    return caught[0].problems().stream().map(p -> p.path() + ": " + p.message()).toList();
  }

  /** The object at a path such as {@code courses[0].interval.minDays}. */
  static ObjectNode object(JsonNode root, String path) {
    return (ObjectNode) node(root, path);
  }

  static ArrayNode array(JsonNode root, String path) {
    return (ArrayNode) node(root, path);
  }

  static JsonNode node(JsonNode root, String path) {
    JsonNode current = root;
    for (String part : path.split("\\.")) {
      int bracket = part.indexOf('[');
      String key = bracket < 0 ? part : part.substring(0, bracket);
      current = current.get(key);
      if (bracket >= 0) {
        current = current.get(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
      }
    }
    if (current == null) {
      throw new IllegalArgumentException("no node at " + path);
    }
    return current;
  }
}
