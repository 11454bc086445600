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
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses untrusted JSON into a tree under tight limits. Builds the tree itself (rather than through
 * an ObjectMapper) so that a repeated key is reported with its path and parsing goes on, and so that
 * no databind feature (polymorphic types, coercions) is ever in play.
 *
 * <p>Every limit is checked while reading, so the work and memory of one document are linear in
 * its length: an array or object of more than {@value #MAX_ITEMS} entries is skipped, not built.
 * Each limit problem names the field path and the limit. A path never shows a key the contract
 * does not know: it stops at the last known field instead (the key may be patient data).
 */
final class TreeParser {
  static final int MAX_DOCUMENT_CHARS = 1_000_000;
  static final int MAX_DEPTH = 32;
  static final int MAX_STRING_CHARS = 10_000;
  static final int MAX_NAME_CHARS = 1_000;
  static final int MAX_NUMBER_DIGITS = 100;
  /** Entries of one array or object: far above any real request (a year of closed dates is 366). */
  static final int MAX_ITEMS = 1_000;

  static final String TOO_MANY_ITEMS = "at most " + MAX_ITEMS + " items";
  static final String TOO_DEEP = "nesting depth at most " + MAX_DEPTH;
  static final String STRING_TOO_LONG = "at most " + MAX_STRING_CHARS + " characters";
  static final String NAME_TOO_LONG = "field names at most " + MAX_NAME_CHARS + " characters";
  static final String NUMBER_TOO_LONG = "numbers at most " + MAX_NUMBER_DIGITS + " digits";

  /** Shared by reading and writing: a JsonFactory is thread-safe and costly to create. */
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxDocumentLength(MAX_DOCUMENT_CHARS)
                  .maxNestingDepth(MAX_DEPTH)
                  .maxStringLength(MAX_STRING_CHARS)
                  .maxNameLength(MAX_NAME_CHARS)
                  .maxNumberLength(MAX_NUMBER_DIGITS)
                  .build())
          // The caller owns its streams.
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Every key the contract defines, request and plan: the only names a path may show. */
  private static final Set<String> KNOWN_NAMES = AllowedFields.knownNames();

  private TreeParser() {}

  static String documentTooLarge() {
    return "exceeds the limit: at most " + MAX_DOCUMENT_CHARS + " characters";
  }

  static Optional<JsonNode> parse(String json, TreeReader reader) {
    if (json.length() > MAX_DOCUMENT_CHARS) {
      reader.problem("", documentTooLarge());
      return Optional.empty();
    }
    try {
      return parse(FACTORY.createParser(json), reader);
    } catch (IOException e) {
      // Parsing a string reads no I/O: this cannot happen.
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
      reader.problem(valuePath(parser.getParsingContext()), limitMessage(e));
      return Optional.empty();
    } catch (JsonProcessingException e) {
      // Jackson's own message quotes the offending text: only its position is passed on.
      reader.problem("", "is not valid JSON " + at(e.getLocation()));
      return Optional.empty();
    }
  }

  /** Which limit Jackson found broken, said without Jackson's text (which may quote the input). */
  private static String limitMessage(StreamConstraintsException e) {
    String message = String.valueOf(e.getMessage());
    if (message.startsWith("Document nesting depth")) {
      return "exceeds the limit: " + TOO_DEEP;
    }
    if (message.startsWith("String value length")) {
      return "exceeds the limit: " + STRING_TOO_LONG;
    }
    if (message.startsWith("Name length")) {
      return "exceeds the limit: " + NAME_TOO_LONG;
    }
    if (message.startsWith("Number value length")) {
      return "exceeds the limit: " + NUMBER_TOO_LONG;
    }
    return documentTooLarge();
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
        return readArray(parser, reader);
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

  private static JsonNode readArray(JsonParser parser, TreeReader reader) throws IOException {
    ArrayNode array = NODES.arrayNode();
    // Taken now: once an element object or array starts, the parser's context is that element's.
    JsonStreamContext arrayContext = parser.getParsingContext();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      if (array.size() == MAX_ITEMS) {
        reader.problem(valuePath(arrayContext.getParent()), TOO_MANY_ITEMS);
        skipRest(parser, t, JsonToken.END_ARRAY);
        // Empty rather than cut: a cut list would pass for the caller's whole list.
        return NODES.arrayNode();
      }
      array.add(readValue(parser, t, reader));
    }
    return array;
  }

  private static ObjectNode readObject(JsonParser parser, TreeReader reader) throws IOException {
    ObjectNode object = NODES.objectNode();
    JsonStreamContext objectContext = parser.getParsingContext();
    int position = 0;
    for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
      position++;
      if (position > MAX_ITEMS) {
        reader.problem(valuePath(objectContext.getParent()), TOO_MANY_ITEMS);
        skipRest(parser, t, JsonToken.END_OBJECT);
        return NODES.objectNode();
      }
      String name = parser.currentName();
      JsonNode value = readValue(parser, parser.nextToken(), reader);
      if (object.has(name)) {
        reader.problem(duplicatePath(objectContext, name), duplicateMessage(name, position));
      } else {
        object.set(name, value);
      }
    }
    return object;
  }

  /** Reads past the rest of the container that {@code current} is in, keeping nothing. */
  private static void skipRest(JsonParser parser, JsonToken current, JsonToken end)
      throws IOException {
    for (JsonToken t = current; t != end; t = parser.nextToken()) {
      if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
        parser.skipChildren();
      }
    }
  }

  private static String duplicatePath(JsonStreamContext objectContext, String name) {
    String parent = valuePath(objectContext.getParent());
    return KNOWN_NAMES.contains(name) ? Paths.field(parent, name) : parent;
  }

  private static String duplicateMessage(String name, int position) {
    return KNOWN_NAMES.contains(name)
        ? "duplicate field"
        : "duplicate field at position " + position;
  }

  /**
   * The path of the value the context is at, from the root down, stopping before the first key
   * the contract does not know.
   */
  private static String valuePath(JsonStreamContext context) {
    List<JsonStreamContext> chain = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.add(0, c);
    }
    String path = "";
    for (JsonStreamContext c : chain) {
      if (c.inArray()) {
        path = Paths.index(path, Math.max(0, c.getCurrentIndex()));
      } else {
        String name = c.getCurrentName();
        if (name == null || !KNOWN_NAMES.contains(name)) {
          return path;
        }
        path = Paths.field(path, name);
      }
    }
    return path;
  }
}
