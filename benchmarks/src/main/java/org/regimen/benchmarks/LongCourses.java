package org.regimen.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.regimen.Regimen;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.protocol.Glossary;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.ProtocolLoader;
import org.regimen.protocol.Baseline;
import org.regimen.spi.TreatmentModule;

/**
 * A PRP protocol whose skin-tightening course always has {@code sessions} weekly sessions. No
 * shipped module has a 26-session course yet (mesotherapy will), so the per-session cost is measured
 * on PRP's own session content (its steps, preparation, aftercare, downtime and results) with only
 * the count and the rhythm changed: the same request with 3, 10 and 26 sessions differs only in the
 * number of sessions scheduled, assembled and written. Weekly, so 26 sessions (175 days) fit the
 * scheduler's two-year horizon.
 */
final class LongCourses {
  private static final String PRP = "org/regimen/treatment/prp/protocol.json";
  private static final String COURSE = "skin-tightening";

  private LongCourses() {}

  static Regimen regimen(int sessions) {
    Protocol protocol = protocol(sessions);
    TreatmentModule module = () -> protocol;
    return Regimen.of(TreatmentCatalog.of(List.of(module)));
  }

  static Protocol protocol(int sessions) {
    ObjectMapper mapper = new ObjectMapper();
    try (InputStream in = LongCourses.class.getClassLoader().getResourceAsStream(PRP)) {
      ObjectNode document = (ObjectNode) mapper.readTree(in);
      // A weekly course of up to 26 sessions is outside PRP's safety bounds for variants (at least
      // 15 days apart, at most 6 sessions): this protocol is a workload, never a plan for a patient.
      document.remove("bounds");
      for (var course : document.withArray("courses")) {
        if (!course.get("id").asText().equals(COURSE)) {
          continue;
        }
        ObjectNode c = (ObjectNode) course;
        String words = "benchmark: a course of " + sessions + " weekly sessions";
        c.set("sessionCount", sourced(mapper, mapper.createObjectNode().put("min", 1).put("max", sessions), words));
        ArrayNode rules = mapper.createArrayNode();
        rules.addObject()
            .<ObjectNode>set("when", mapper.createObjectNode())
            .put("sessions", sessions)
            .put("source", "regimen-default")
            .put("words", words);
        c.set("sessionRules", rules);
        ObjectNode interval = mapper.createObjectNode();
        interval.set("minDays", sourced(mapper, mapper.getNodeFactory().numberNode(7), words));
        interval.set("preferredDays", sourced(mapper, mapper.getNodeFactory().numberNode(7), words));
        interval.set("maxDays", sourced(mapper, mapper.getNodeFactory().numberNode(14), words));
        c.set("interval", interval);
      }
      byte[] bytes = mapper.writeValueAsBytes(document);
      return ProtocolLoader.parse(
          "benchmark-" + sessions + "-sessions.json",
          new ByteArrayInputStream(bytes),
          Glossary.standard(),
          Baseline.standard());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode sourced(
      ObjectMapper mapper, com.fasterxml.jackson.databind.JsonNode value, String words) {
    ObjectNode node = mapper.createObjectNode();
    node.set("value", value);
    node.put("source", "regimen-default");
    node.put("words", words);
    return node;
  }
}
