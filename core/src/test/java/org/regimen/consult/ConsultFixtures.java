package org.regimen.consult;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.regimen.Regimen;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.json.RegimenJson;
import org.regimen.protocol.Glossary;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.ProtocolLoader;
import org.regimen.request.TreatmentRequest;
import org.regimen.protocol.Baseline;
import org.regimen.spi.TreatmentModule;

/**
 * Test therapies for consultations, all derived from {@code weekly-protocol.json}: a weekly course
 * ("weekly", like mesotherapy), a course that follows it and blocks other procedures for a week after
 * each session ("follower", like plasma), and a monthly course with such a window and no
 * sequencing rule ("monthly").
 */
final class ConsultFixtures {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final RegimenJson JSON = RegimenJson.create();
  static final String PLASMA_WORDS =
      "The technology can also be used to speed up the rehabilitation time after mesotherapy, laser dermabrasion, RF lifting.";
  static final String FIRST_WEEK_WORDS =
      "do not resort to professional maintenance manipulations in the first week after the session";

  private ConsultFixtures() {}

  static ObjectNode weeklyTree() {
    try (InputStream in =
        ConsultFixtures.class.getClassLoader().getResourceAsStream("org/regimen/consult/weekly-protocol.json")) {
      return (ObjectNode) MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Protocol parse(ObjectNode tree) {
    return ProtocolLoader.parse(
        tree.get("id").asText() + ".json",
        new ByteArrayInputStream(tree.toString().getBytes(StandardCharsets.UTF_8)),
        Glossary.standard(),
        Baseline.standard());
  }

  static TreatmentModule weekly() {
    return new TestModule(parse(weeklyTree()));
  }

  static TreatmentModule weekly(Consumer<ObjectNode> change) {
    ObjectNode tree = weeklyTree();
    change.accept(tree);
    return new TestModule(parse(tree));
  }

  /** Follows "weekly"; no other procedure in the week after each of its sessions; fortnightly. */
  static TreatmentModule follower(Consumer<ObjectNode> change) {
    ObjectNode tree = derived("follower", "Follower test therapy", 3, 14, 14, 21);
    ObjectNode sequencing = tree.putObject("sequencing");
    sequencing.putArray("after").add("weekly");
    sequencing.put("source", "004").put("words", PLASMA_WORDS);
    change.accept(tree);
    return new TestModule(parse(tree));
  }

  static TreatmentModule follower() {
    return follower(tree -> {});
  }

  /** Monthly, with a week's no-procedure window, and no sequencing rule with anyone. */
  static TreatmentModule monthly() {
    return new TestModule(parse(derived("monthly", "Monthly test therapy", 3, 28, 30, 45)));
  }

  private static ObjectNode derived(String id, String name, int sessions, int min, int preferred, int max) {
    ObjectNode tree = weeklyTree();
    tree.put("id", id).put("name", name);
    tree.remove("alternatives");
    ObjectNode course = (ObjectNode) tree.get("courses").get(0);
    ((ObjectNode) course.get("sessionCount").get("value")).put("min", sessions).put("max", sessions);
    ((ObjectNode) course.get("sessionRules").get(0)).put("sessions", sessions);
    ObjectNode interval = (ObjectNode) course.get("interval");
    ((ObjectNode) interval.get("minDays")).put("value", min);
    ((ObjectNode) interval.get("preferredDays")).put("value", preferred);
    ((ObjectNode) interval.get("maxDays")).put("value", max);
    ObjectNode blocking = ((ArrayNode) course.get("aftercare")).addObject();
    blocking.put("code", "NO_OTHER_PROCEDURES")
        .put("text", "No other professional skin procedures in the week after the session.")
        .put("anchor", "EACH_SESSION")
        .put("blocksProcedures", true);
    blocking.putObject("span").put("min", 7).put("max", 7).put("unit", "DAYS");
    blocking.put("source", "004").put("words", FIRST_WEEK_WORDS);
    return tree;
  }

  static Regimen regimen(TreatmentModule... modules) {
    return Regimen.of(TreatmentCatalog.of(List.of(modules)));
  }

  /**
   * A healthy patient's stretch-marks request; {@code change} adds {@code treatment},
   * {@code treatments}, {@code calendar} and so on.
   */
  static TreatmentRequest request(Consumer<ObjectNode> change) {
    ObjectNode request = MAPPER.createObjectNode();
    request.put("id", "consult-test").put("asOf", "2027-01-05");
    request.putObject("clinic").put("name", "Example Skin Clinic").put("phone", "+44 20 7946 0000");
    request.put("indication", "STRETCH_MARKS");
    request.putObject("striae").put("stage", "RUBRA").put("ageMonths", 5).put("severity", "MODERATE");
    request.putArray("areas").add("ABDOMEN");
    request.put("earliestStart", "2027-01-11");
    ObjectNode patient = request.putObject("patient");
    patient.put("birthDate", "1994-05-02").put("sex", "FEMALE").put("pregnancy", "NONE");
    patient.putArray("conditions");
    patient.putArray("medications");
    patient.putArray("allergies");
    patient.putArray("areaFindings");
    patient.putArray("procedures");
    patient.putObject("reproductive").put("tryingToConceive", false);
    patient.putObject("skin").put("fitzpatrick", "III").put("type", "DRY");
    patient.putObject("lifestyle").put("smoker", false).put("frequentSolarium", false);
    change.accept(request);
    return JSON.readRequest(request.toString());
  }

  static TreatmentRequest combined(String... ids) {
    return request(r -> {
      ArrayNode treatments = r.putArray("treatments");
      for (String id : ids) {
        treatments.add(id);
      }
    });
  }
}
