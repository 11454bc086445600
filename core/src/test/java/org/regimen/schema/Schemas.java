package org.regimen.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published schemas, read from the class path where regimen-core's jar carries them, and a
 * draft 2020-12 validator with format assertions on: {@code "format": "date"} then rejects
 * impossible days (month 13) that the date pattern alone lets through, as Regimen's reader does.
 */
final class Schemas {
  static final String REQUEST = "request.schema.json";
  static final String PLAN = "plan.schema.json";
  static final String COMPARISON = "comparison.schema.json";
  static final String ERROR = "error.schema.json";
  static final List<String> ALL = List.of(REQUEST, PLAN, COMPARISON, ERROR);

  static final ObjectMapper MAPPER = new ObjectMapper();

  static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private Schemas() {}

  /** The schema's text as a tree, read from the class path. */
  static JsonNode tree(String name) {
    try (InputStream in = open(name)) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Schema schema(String name) {
    return SCHEMAS.computeIfAbsent(name, n -> REGISTRY.getSchema(tree(n)));
  }

  /** The schema's complaints about {@code json}; empty when it is valid. */
  static List<String> errors(String name, String json) {
    return schema(name).validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static InputStream open(String name) {
    String resource = "org/regimen/schema/" + name;
    InputStream in = Schemas.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is not on the class path");
    }
    return in;
  }
}
