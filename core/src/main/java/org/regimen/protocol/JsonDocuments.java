package org.regimen.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Opens class path resources and parses them to a JSON tree; every failure names the resource. */
final class JsonDocuments {
  // Duplicate keys and trailing content would otherwise be silently accepted by Jackson: a strict
  // document format has to catch them. The mapper is thread-safe once configured.
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonDocuments() {}

  /** Reads {@code resource} through {@code loader}; fails naming the resource when it is absent. */
  static JsonNode load(ClassLoader loader, String resource) {
    // ClassLoader resources never start with '/', unlike Class.getResource: accept both spellings.
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    ClassLoader effective = loader != null ? loader : ClassLoader.getSystemClassLoader();
    InputStream in = effective.getResourceAsStream(name);
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
    try {
      JsonNode tree = MAPPER.readTree(in);
      if (tree == null || tree.isMissingNode()) {
        throw new ProtocolException(resource, List.of("(document): is empty"));
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

  private static String locationOf(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }
}
