package org.regimen.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The protocol digest moves with the content and only with it (docs/versioning.md). */
class ContentDigestTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void isTheSha256OfTheCanonicalText() throws Exception {
    // sha256("{}") and sha256("{\"a\":[1,2.5,\"x\"],\"b\":true}"), computed with sha256sum.
    assertThat(ContentDigest.of(tree("{ }")))
        .isEqualTo("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
    assertThat(ContentDigest.of(tree("{\"b\": true,\n  \"a\": [1, 2.50, \"x\"]}")))
        .isEqualTo(sha256("{\"a\":[1,2.5,\"x\"],\"b\":true}"));
  }

  @Test
  void layoutAndKeyOrderDoNotChangeIt() throws Exception {
    String digest = ContentDigest.of(tree("{\"id\":\"prp\",\"courses\":[{\"min\":1,\"max\":3}]}"));

    assertThat(ContentDigest.of(tree("{\n  \"courses\": [ { \"max\": 3, \"min\": 1 } ],\n  \"id\": \"prp\"\n}")))
        .isEqualTo(digest);
  }

  @Test
  void anyChangeOfAValueChangesIt() throws Exception {
    String digest = ContentDigest.of(tree("{\"words\":\"once every 3 months\",\"min\":1}"));

    assertThat(ContentDigest.of(tree("{\"words\":\"once every 3 months.\",\"min\":1}"))).isNotEqualTo(digest);
    assertThat(ContentDigest.of(tree("{\"words\":\"once every 3 months\",\"min\":2}"))).isNotEqualTo(digest);
    assertThat(ContentDigest.of(tree("{\"words\":\"once every 3 months\",\"min\":1,\"x\":null}")))
        .isNotEqualTo(digest);
    assertThat(ContentDigest.of(tree("[1,2]"))).isNotEqualTo(ContentDigest.of(tree("[2,1]")));
  }

  @Test
  void aLoadedProtocolCarriesTheDigestOfItsDocument() throws Exception {
    String resource = "org/regimen/catalog/minimal-protocol.json";
    Protocol protocol = ProtocolLoader.load(ContentDigestTest.class, resource);

    try (var in = ContentDigestTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(protocol.digest()).isEqualTo(ContentDigest.of(MAPPER.readTree(in))).matches("[0-9a-f]{64}");
    }
  }

  private static JsonNode tree(String json) throws Exception {
    return MAPPER.readTree(json);
  }

  private static String sha256(String text) throws Exception {
    byte[] hash =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return java.util.HexFormat.of().formatHex(hash);
  }
}
