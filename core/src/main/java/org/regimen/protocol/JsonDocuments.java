package org.regimen.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Opens class path resources and parses them to a JSON tree; every failure names the resource. */
final class JsonDocuments {
  // Duplicate keys would otherwise be silently accepted by Jackson: a strict document format has to
  // catch them. A bare streaming parser, not an ObjectMapper: the catalog's cold load is on the
  // path from JVM start to the first plan, and the mapper's set-up was a large part of it.
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonDocuments() {}

  /**
   * Reads {@code resource} from {@code owner}'s module or class path entry; fails naming the resource
   * when it is absent. Through the class, not its loader: on the module path a class loader finds a
   * resource only in a package opened to everyone, while the class finds one in a package its module
   * opens to core ({@code opens org.example.clinic to org.regimen.core}).
   */
  static JsonNode load(Class<?> owner, String resource) {
    // Absolute for Class.getResourceAsStream; accept both spellings of the name.
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    InputStream in = owner.getResourceAsStream("/" + name);
    if (in == null) {
      throw new ProtocolException(name, List.of("(document): resource not found on the class path"));
    }
    try (in) {
      return parse(name, in);
    } catch (IOException e) {
      throw new UncheckedIOException("closing " + name, e);
    }
  }

  static JsonNode parse(String resource, InputStream in) {
    try (JsonParser parser = FACTORY.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new ProtocolException(resource, List.of("(document): is empty"));
      }
      JsonNode tree = read(parser, first);
      if (parser.nextToken() != null) {
        throw new ProtocolException(
            resource, List.of("(document): has content after the JSON value" + locationOf(parser)));
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw new ProtocolException(
          resource, List.of("(document): is not valid JSON: " + e.getOriginalMessage()
              + locationOf(e)), e);
    } catch (IOException e) {
      throw new ProtocolException(resource, List.of("(document): cannot be read: " + e), e);
    }
  }

  private static JsonNode read(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT:
        ObjectNode object = NODES.objectNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          String name = parser.currentName();
          object.set(name, read(parser, parser.nextToken()));
        }
        return object;
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          array.add(read(parser, t));
        }
        return array;
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        // The node types an ObjectMapper would make, so the readers see the same tree.
        switch (parser.getNumberType()) {
          case INT:
            return NODES.numberNode(parser.getIntValue());
          case LONG:
            return NODES.numberNode(parser.getLongValue());
          default:
            return NODES.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(parser.getDecimalValue());
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

  private static String locationOf(JsonParser parser) {
    return parser.currentLocation() == null
        ? ""
        : " (line " + parser.currentLocation().getLineNr() + ", column "
            + parser.currentLocation().getColumnNr() + ")";
  }

  private static String locationOf(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }
}
