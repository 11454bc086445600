package org.regimen.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Reads one JSON value found at {@code path}. Empty when the value is wrong, in which case the
 * reader has already recorded why in its {@link TreeReader}.
 */
@FunctionalInterface
interface ValueReader<T> {
  Optional<T> read(JsonNode node, String path);
}
