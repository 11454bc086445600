package org.regimen.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.regimen.request.BodyArea;

/**
 * Body areas as FHIR body sites: Regimen's own code always, and the SNOMED CT code where {@code
 * body-sites.json} maps one (each with the DICOM context group it was checked against); read in
 * reverse by the import ({@link #area}).
 */
final class BodySites {
  static final String RESOURCE = "/org/regimen/fhir/body-sites.json";

  private static final Map<BodyArea, String> SNOMED = load();

  private BodySites() {}

  static Optional<String> snomed(BodyArea area) {
    return Optional.ofNullable(SNOMED.get(area));
  }

  /**
   * The area a FHIR body site names: Regimen's own code, or a SNOMED CT code of {@code
   * body-sites.json} read in reverse; empty when no coding names one.
   */
  static Optional<BodyArea> area(CodeableConcept site) {
    for (Coding coding : site.getCoding()) {
      if (RegimenCodes.BODY_AREA.equals(coding.getSystem()) && coding.hasCode()) {
        Optional<BodyArea> own = Arrays.stream(BodyArea.values()).filter(a -> a.name().equals(coding.getCode())).findFirst();
        if (own.isPresent()) {
          return own;
        }
      }
      if (RegimenCodes.SNOMED.equals(coding.getSystem()) && coding.hasCode()) {
        Optional<BodyArea> mapped =
            SNOMED.entrySet().stream().filter(e -> e.getValue().equals(coding.getCode())).map(Map.Entry::getKey).findFirst();
        if (mapped.isPresent()) {
          return mapped;
        }
      }
    }
    return Optional.empty();
  }

  static CodeableConcept concept(BodyArea area) {
    CodeableConcept concept =
        RegimenCodes.concept(RegimenCodes.BODY_AREA, area.name(), words(area));
    // No display on the SNOMED coding: the DICOM code meaning is not SNOMED's preferred term.
    snomed(area).ifPresent(code -> concept.addCoding(RegimenCodes.coding(RegimenCodes.SNOMED, code)));
    return concept;
  }

  static String words(BodyArea area) {
    return area == BodyArea.DECOLLETE ? "décolleté" : area.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static Map<BodyArea, String> load() {
    try (InputStream in = BodySites.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + ": missing");
      }
      JsonNode root = new ObjectMapper().readTree(in);
      Map<BodyArea, String> codes = new EnumMap<>(BodyArea.class);
      for (JsonNode row : root.path("areas")) {
        BodyArea area = BodyArea.valueOf(row.path("area").asText());
        if (row.hasNonNull("snomed")) {
          if (!root.path("sources").has(row.path("source").asText())) {
            throw new IllegalStateException(RESOURCE + ": " + area + " names no known source");
          }
          codes.put(area, row.path("snomed").asText());
        } else if (!row.hasNonNull("reason")) {
          throw new IllegalStateException(RESOURCE + ": " + area + " has neither a code nor a reason");
        }
      }
      return codes;
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE, e);
    }
  }
}
