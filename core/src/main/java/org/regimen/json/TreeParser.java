package org.regimen.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Parses untrusted JSON into a tree under tight limits. Builds the tree itself (rather than through
 * an ObjectMapper) so that a repeated key is reported with its path and parsing goes on, and so that
 * no databind feature (polymorphic types, coercions) is ever in play.
 */
final class TreeParser {
  static final int MAX_DOCUMENT_CHARS = 1_000_000;
  static final int MAX_DEPTH = 32;
  static final int MAX_STRING_CHARS = 10_000;
  static final String TOO_LARGE =
      "exceeds the limits: document at most "
          + MAX_DOCUMENT_CHARS
          + " characters, nesting depth at most "
          + MAX_DEPTH
          + ", strings at most "
          + MAX_STRING_CHARS
          + " characters";
  static final String DUPLICATE = "duplicate field";

  /** Shared by reading and writing: a JsonFactory is thread-safe and costly to create. */
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxDocumentLength(MAX_DOCUMENT_CHARS)
                  .maxNestingDepth(MAX_DEPTH)
                  .maxStringLength(MAX_STRING_CHARS)
                  .maxNameLength(1_000)
                  .maxNumberLength(100)
                  .build())
          // The caller owns its streams.
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TreeParser() {}

  static Optional<JsonNode> parse(String json, TreeReader reader) {
    if (json.length() > MAX_DOCUMENT_CHARS) {
      reader.problem("", TOO_LARGE);
      return Optional.empty();
    }
    try {
      return parse(FACTORY.createParser(json), reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Optional<JsonNode> parse(InputStream in, TreeReader reader) {
    try {
      return parse(FACTORY.createParser(in), reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<JsonNode> parse(JsonParser parser, TreeReader reader) throws IOException {
    try (parser) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        reader.problem("", "must be a JSON object; the input is empty");
        return Optional.empty();
      }
      JsonNode root = readValue(parser, first, reader);
      if (parser.nextToken() != null) {
        reader.problem("", "must hold one JSON object only; more follows " + at(parser.currentLocation()));
        return Optional.empty();
      }
      return Optional.of(root);
    } catch (StreamConstraintsException e) {
      reader.problem("", TOO_LARGE);
      return Optional.empty();
    } catch (JsonProcessingException e) {
      // Jackson's own message quotes the offending text: only its position is passed on.
      reader.problem("", "is not valid JSON " + at(e.getLocation()));
      return Optional.empty();
    }
  }

  private static String at(JsonLocation location) {
    if (location == null) {
      return "";
    }
    return "(line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private static JsonNode readValue(JsonParser parser, JsonToken token, TreeReader reader)
      throws IOException {
    switch (token) {
      case START_OBJECT:
        return readObject(parser, reader);
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          array.add(readValue(parser, t, reader));
        }
        return array;
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return NODES.numberNode(parser.getIntValue());
          case LONG:
            return NODES.numberNode(parser.getLongValue());
          default:
            return NODES.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        // Only whole numbers are ever valid; a double is enough to say "not an integer".
        return NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IllegalStateException("unexpected JSON token " + token);
    }
  }

  private static ObjectNode readObject(JsonParser parser, TreeReader reader) throws IOException {
    ObjectNode object = NODES.objectNode();
    for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
      String name = parser.currentName();
      JsonNode value = readValue(parser, parser.nextToken(), reader);
      if (object.has(name)) {
        reader.problem(pathOf(parser.getParsingContext(), name), DUPLICATE);
      } else {
        object.set(name, value);
      }
    }
    return object;
  }

  /** The path of key {@code name} in the object the parser is in. */
  private static String pathOf(JsonStreamContext objectContext, String name) {
    return Paths.inputField(pathOf(objectContext.getParent()), name);
  }

  private static String pathOf(JsonStreamContext context) {
    if (context == null || context.inRoot()) {
      return "";
    }
    String parent = pathOf(context.getParent());
    if (context.inArray()) {
      return Paths.index(parent, context.getCurrentIndex());
    }
    return Paths.inputField(parent, context.getCurrentName());
  }
}
