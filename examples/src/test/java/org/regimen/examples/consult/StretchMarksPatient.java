package org.regimen.examples.consult;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.regimen.json.RegimenJson;
import org.regimen.request.BodyArea;
import org.regimen.request.Indication;
import org.regimen.request.TreatmentRequest;

/** The sample patient of {@code requests/prp-stretch-marks.json}, asking for a comparison or a combination. */
final class StretchMarksPatient {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private StretchMarksPatient() {}

  /** The sample request without its treatment: a comparison. */
  static TreatmentRequest request() {
    return RegimenJson.create().readRequest(sample().toString());
  }

  /** The sample patient asking for {@code treatments} together, for one indication and area. */
  static TreatmentRequest combination(List<String> treatments, Indication indication, BodyArea... areas) {
    ObjectNode request = sample();
    ArrayNode ids = request.putArray("treatments");
    treatments.forEach(ids::add);
    request.put("indication", indication.name());
    if (indication != Indication.STRETCH_MARKS) {
      request.remove("striae");
    }
    ArrayNode requested = request.putArray("areas");
    for (BodyArea area : areas) {
      requested.add(area.name());
    }
    return RegimenJson.create().readRequest(request.toString());
  }

  private static ObjectNode sample() {
    try {
      ObjectNode request = (ObjectNode) MAPPER.readTree(Path.of("requests", "prp-stretch-marks.json").toFile());
      request.remove("treatment");
      return request;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
