package org.regimen.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import org.regimen.protocol.Protocol;

/**
 * The build check that keeps a protocol's version honest (docs/versioning.md): each module records,
 * in {@value #RESOURCE} of its test resources, the digest of every protocol version it released.
 * The check fails when the content changed but the version did not, and when a version is not
 * recorded; each message says what to do.
 *
 * <pre>{@code
 * { "protocol": "prp", "versions": { "1.0.0": "<64 hex digits>", "1.1.0": "<64 hex digits>" } }
 * }</pre>
 *
 * @since 0.1.0
 */
final class ProtocolVersionRecord {
  static final String RESOURCE = "protocol-versions.json";
  private static final String FILE = "src/test/resources/" + RESOURCE;

  private ProtocolVersionRecord() {}

  /** Checks {@code protocol} as loaded against the record found through {@code loader}. */
  static void check(Protocol protocol, ClassLoader loader) {
    JsonNode record = read(protocol, loader);
    assertThat(record.path("protocol").asText())
        .as("%s names the protocol it records", FILE)
        .isEqualTo(protocol.id());
    JsonNode versions = record.path("versions");
    String version = protocol.version();
    String digest = protocol.digest();
    JsonNode recorded = versions.get(version);
    if (recorded == null) {
      fail(
          "protocol '%s' version %s is not recorded in %s: if this is a new version, add"
              + " \"%s\": \"%s\" to its \"versions\"",
          protocol.id(), version, FILE, version, digest);
    }
    if (!recorded.asText().equals(digest)) {
      fail(
          "the content of protocol '%s' changed but its version is still %s (recorded digest %s,"
              + " now %s): raise \"version\" in the protocol document (MAJOR.MINOR.PATCH) and add the"
              + " new version with \"%s\" to %s; never change a recorded digest",
          protocol.id(), version, recorded.asText(), digest, digest, FILE);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = versions.fields(); it.hasNext(); ) {
      String other = it.next().getKey();
      assertThat(compare(other, version))
          .as("protocol '%s' version %s is lower than recorded version %s in %s", protocol.id(),
              version, other, FILE)
          .isLessThanOrEqualTo(0);
    }
  }

  private static JsonNode read(Protocol protocol, ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new AssertionError(
            FILE + " is missing: create it with {\"protocol\": \"" + protocol.id()
                + "\", \"versions\": {\"" + protocol.version() + "\": \"" + protocol.digest() + "\"}}");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new AssertionError(FILE + " cannot be read", e);
    }
  }

  /** Orders MAJOR.MINOR.PATCH versions by their numbers. */
  static int compare(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int order = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(x.length, y.length);
  }
}
