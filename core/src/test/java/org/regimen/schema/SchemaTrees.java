package org.regimen.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Walks of a JSON Schema's tree shared by the schema tests of the documents and of the protocols. */
public final class SchemaTrees {
  private SchemaTrees() {}

  /** The JSON Pointer of every {@code enum} below {@code node}, which is at {@code pointer}. */
  public static List<String> enumLocations(JsonNode node, String pointer) {
    List<String> found = new ArrayList<>();
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String child = pointer + "/" + e.getKey();
        if (e.getKey().equals("enum")) {
          found.add(child);
        } else {
          found.addAll(enumLocations(e.getValue(), child));
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        found.addAll(enumLocations(node.get(i), pointer + "/" + i));
      }
    }
    return found;
  }

  /** The constants' names, in declaration order: what a schema's enum of the type lists. */
  public static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }
}
