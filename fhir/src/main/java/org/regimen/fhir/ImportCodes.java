package org.regimen.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.regimen.request.Allergy;
import org.regimen.request.Condition;
import org.regimen.request.ConditionStatus;
import org.regimen.request.LabOutcome;
import org.regimen.request.LabTest;
import org.regimen.request.MedicationKind;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.ProcedureKind;

/**
 * The code mappings of {@code import-codes.json}: ICD-10 and SNOMED CT for conditions (and FHIR's
 * clinical status), ATC for medicines, SNOMED CT for allergies and procedures, LOINC for laboratory
 * tests, pregnancy tests and a few observations, UCUM units of the measured tests. Read once;
 * a value that is no constant of the request model fails the load, so the table cannot name what
 * the request does not know.
 */
final class ImportCodes {
  static final String RESOURCE = "/org/regimen/fhir/import-codes.json";

  /** One row: an exact code, a prefix (ATC) or a range of ICD-10 categories, and the value it maps to. */
  record Entry(String system, Optional<String> code, Optional<String> from, Optional<String> to, JsonNode value) {
    /** How narrow a match is: smaller wins. Empty when the code does not match. */
    Optional<Integer> match(String kind, String given) {
      String normal = given.trim().toUpperCase(Locale.ROOT);
      if (from.isPresent()) {
        String category = normal.replace(".", "");
        if (category.length() < 3) {
          return Optional.empty();
        }
        category = category.substring(0, 3);
        return category.compareTo(from.get()) >= 0 && category.compareTo(to.orElseThrow()) <= 0
            ? Optional.of(ordinal(to.get()) - ordinal(from.get()))
            : Optional.empty();
      }
      String exact = code.orElseThrow().toUpperCase(Locale.ROOT);
      if (kind.equals("atc")) {
        return normal.startsWith(exact) ? Optional.of(100 - exact.length()) : Optional.empty();
      }
      return normal.equals(exact) ? Optional.of(0) : Optional.empty();
    }

    private static int ordinal(String category) {
      return (category.charAt(0) - 'A') * 100 + Integer.parseInt(category.substring(1, 3));
    }
  }

  /** An observation that is no laboratory test: the patient field it fills and its coded values. */
  record ObservationField(String field, List<Entry> values) {}

  private static final ImportCodes STANDARD = load();

  private final Map<String, String> systems; // URL -> alias
  final List<Entry> conditions;
  final List<Entry> medications;
  final List<Entry> allergies;
  final List<Entry> noKnownAllergy;
  final String otherAllergy;
  final List<Entry> labTests;
  final List<Entry> labOutcomes;
  final List<Entry> observationCodes;
  final Map<Entry, ObservationField> observations;
  final List<Entry> pregnancyTests;
  final List<Entry> procedures;
  /** Per measured test: UCUM unit code to the factor that converts a value into the request's unit. */
  final Map<LabTest, Map<String, BigDecimal>> units;
  /** FHIR condition-clinical code to the request's status and the element its {@code since} is read from. */
  final Map<String, ClinicalStatus> clinicalStatuses;

  /** A Condition's clinical status as the request records it, and where {@code since} comes from. */
  record ClinicalStatus(ConditionStatus status, boolean sinceAbatement) {}

  private ImportCodes(JsonNode root) {
    systems = new HashMap<>();
    root.path("systems").fields().forEachRemaining(
        f -> f.getValue().forEach(url -> systems.put(url.asText(), f.getKey())));
    conditions = entries(root.path("conditions"), Condition.class);
    medications = entries(root.path("medications"), MedicationKind.class);
    allergies = entries(root.path("allergies"), Allergy.class);
    noKnownAllergy = entries(root.path("noKnownAllergy"), null);
    otherAllergy = Allergy.valueOf(root.path("otherAllergy").asText()).name();
    labTests = entries(root.path("labTests"), LabTest.class);
    labOutcomes = entries(root.path("labOutcomes"), LabOutcome.class);
    observationCodes = new ArrayList<>();
    observations = new HashMap<>();
    for (JsonNode o : root.path("observations")) {
      Entry entry = entry(o, null);
      Class<? extends Enum<?>> type = o.path("field").asText().equals("pregnancy") ? PregnancyStatus.class : null;
      observationCodes.add(entry);
      observations.put(entry, new ObservationField(o.path("field").asText(), entries(o.path("values"), type)));
    }
    pregnancyTests = entries(root.path("pregnancyTests"), null);
    procedures = entries(root.path("procedures"), ProcedureKind.class);
    units = new EnumMap<>(LabTest.class);
    root.path("units").fields().forEachRemaining(f -> {
      LabTest test = LabTest.valueOf(f.getKey());
      if (!test.isMeasured()) {
        throw new IllegalStateException(RESOURCE + ": units for " + test + ", which is not a measured test");
      }
      Map<String, BigDecimal> byCode = new HashMap<>();
      f.getValue().forEach(u -> byCode.put(u.path("ucum").asText(), new BigDecimal(u.path("factor").asText())));
      units.put(test, Map.copyOf(byCode));
    });
    for (LabTest test : LabTest.values()) {
      if (test.isMeasured() && !units.containsKey(test)) {
        throw new IllegalStateException(RESOURCE + ": no units for the measured test " + test);
      }
    }
    clinicalStatuses = new HashMap<>();
    root.path("conditionClinicalStatus").fields().forEachRemaining(f -> clinicalStatuses.put(f.getKey(),
        new ClinicalStatus(ConditionStatus.valueOf(f.getValue().path("value").asText()),
            f.getValue().path("since").asText().equals("abatement"))));
  }

  static ImportCodes standard() {
    return STANDARD;
  }

  /** The value the first mapped coding of {@code concept} maps to, narrowest entry first. */
  Optional<JsonNode> map(List<Entry> table, CodeableConcept concept) {
    for (Coding coding : concept.getCoding()) {
      Optional<Entry> entry = entry(table, coding);
      if (entry.isPresent()) {
        return Optional.of(entry.get().value());
      }
    }
    return Optional.empty();
  }

  Optional<Entry> entry(List<Entry> table, CodeableConcept concept) {
    return concept.getCoding().stream().map(c -> entry(table, c)).flatMap(Optional::stream).findFirst();
  }

  Optional<Entry> entry(List<Entry> table, Coding coding) {
    if (!coding.hasSystem() || !coding.hasCode()) {
      return Optional.empty();
    }
    String kind = systems.get(coding.getSystem());
    if (kind == null) {
      return Optional.empty();
    }
    Entry best = null;
    int narrowest = Integer.MAX_VALUE;
    for (Entry entry : table) {
      if (entry.system().equals(kind)) {
        Optional<Integer> width = entry.match(kind, coding.getCode());
        if (width.isPresent() && width.get() < narrowest) {
          best = entry;
          narrowest = width.get();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The systems of a concept, for a problem's words (never its codes). */
  static String systemsOf(CodeableConcept concept) {
    List<String> systems = concept.getCoding().stream().map(Coding::getSystem).filter(s -> s != null).distinct().toList();
    return systems.isEmpty() ? "no coding system" : String.join(", ", systems);
  }

  private List<Entry> entries(JsonNode rows, Class<? extends Enum<?>> type) {
    List<Entry> entries = new ArrayList<>();
    rows.forEach(row -> entries.add(entry(row, type)));
    return List.copyOf(entries);
  }

  private Entry entry(JsonNode row, Class<? extends Enum<?>> type) {
    String system = row.path("system").asText();
    if (!systems.containsValue(system)) {
      throw new IllegalStateException(RESOURCE + ": unknown system alias " + system);
    }
    JsonNode value = row.path("value");
    if (type != null && Arrays.stream(type.getEnumConstants()).noneMatch(c -> c.name().equals(value.asText()))) {
      throw new IllegalStateException(RESOURCE + ": " + value.asText() + " is no " + type.getSimpleName());
    }
    return new Entry(
        system,
        Optional.ofNullable(row.get("code")).map(JsonNode::asText),
        Optional.ofNullable(row.get("from")).map(JsonNode::asText),
        Optional.ofNullable(row.get("to")).map(JsonNode::asText),
        value);
  }

  private static ImportCodes load() {
    try (InputStream in = ImportCodes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + ": missing from the module");
      }
      return new ImportCodes(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
