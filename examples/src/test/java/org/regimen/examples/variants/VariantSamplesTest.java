package org.regimen.examples.variants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.error.InvalidRequestException;
import org.regimen.json.RegimenJson;
import org.regimen.plan.Comparison;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.protocol.ProtocolException;
import org.regimen.request.Currency;

/** The samples of examples/variants, loaded as a clinic would (docs/variants.md). */
class VariantSamplesTest {
  static final Path DIR = Path.of("variants");
  static final Path STRIAE = DIR.resolve("prp-striae-monthly.json");
  static final Path FACE = DIR.resolve("prp-face-15-days.json");
  static final Path PRICES = DIR.resolve("clinic-prices.json");
  static final Path BROKEN = DIR.resolve("broken-prp-weekly.json");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final RegimenJson JSON = RegimenJson.create();

  static Regimen clinic() {
    return Regimen.builder().variant(STRIAE).variant(FACE).variant(PRICES).build();
  }

  /** The installed PRP protocol's version, which the variants' messages and plans name. */
  static String prpVersion() {
    return Regimen.load().catalog().module("prp").orElseThrow().protocol().version();
  }

  static ObjectNode request(String file) throws IOException {
    return (ObjectNode) MAPPER.readTree(Path.of("requests", file).toFile());
  }

  static TreatmentPlan plan(Regimen regimen, ObjectNode request, String variant) {
    if (variant != null) {
      request.putObject("clinic").put("variant", variant);
    }
    return regimen.plan(JSON.readRequest(request.toString(), LocalDate.of(2027, 1, 5)));
  }

  @Test
  void everySampleFollowsThePublishedSchema() throws IOException {
    Schema schema;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/regimen/schema/variant.schema.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(MAPPER.readTree(in));
    }
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        List<String> errors =
            schema.validate(Files.readString(file), InputFormat.JSON).stream().map(Error::toString).toList();
        assertThat(errors).as("%s against variant.schema.json", file).isEmpty();
      }
    }
  }

  /** NCT04956367: "three treatment sessions at four-week intervals". */
  @Test
  void striaeMonthlyGivesThreeSessionsFourWeeksApartAndSaysWhere() throws IOException {
    TreatmentPlan plan = plan(clinic(), request("prp-stretch-marks.json"), "prp-striae-monthly");
    assertThat(plan.treatment().orElseThrow().variant()).hasValueSatisfying(v -> {
      assertThat(v.id()).isEqualTo("prp-striae-monthly");
      assertThat(v.version()).isEqualTo("1.0.0");
      assertThat(v.digest()).hasSize(64);
    });
    assertThat(plan.treatment().orElseThrow().protocolVersion()).isEqualTo(prpVersion());
    List<Session> sessions = plan.sessions();
    assertThat(sessions).hasSize(3);
    for (int i = 1; i < sessions.size(); i++) {
      assertThat(ChronoUnit.DAYS.between(sessions.get(i - 1).date(), sessions.get(i).date())).isBetween(28L, 35L);
    }
    assertThat(plan.sources()).anyMatch(s -> s.startsWith("variant prp-striae-monthly 1.0.0: ClinicalTrials.gov NCT04956367"));
    assertThat(plan.cost()).as("no prices in this variant: no cost, never zero").isEmpty();
    String json = JSON.writePlan(plan);
    assertThat(json).contains("\"variant\":{\"id\":\"prp-striae-monthly\"");
    assertThat(JSON.readPlan(json)).isEqualTo(plan);
  }

  /** Du and Lei 2020: "3 autologous PRP injections ... with 15-day intervals". */
  @Test
  void facialPrpGivesThreeSessionsFifteenDaysApart() throws IOException {
    ObjectNode request = request("prp-stretch-marks.json");
    request.put("indication", "SKIN_LAXITY");
    request.remove("striae");
    request.putArray("areas").add("FACE");
    TreatmentPlan plan = plan(clinic(), request, "prp-face-15-days");
    assertThat(plan.sessions()).hasSize(3);
    assertThat(ChronoUnit.DAYS.between(plan.sessions().get(0).date(), plan.sessions().get(1).date())).isBetween(15L, 21L);
  }

  @Test
  void pricesGiveACostPerSessionOrPerCourse() throws IOException {
    Regimen regimen = clinic();
    TreatmentPlan striae = plan(regimen, request("prp-stretch-marks.json"), "clinic-prices");
    int n = striae.sessions().size();
    assertThat(striae.cost()).hasValueSatisfying(c -> {
      assertThat(c.currency()).isEqualTo(Currency.EUR);
      assertThat(c.min()).isEqualTo(250L * n);
      assertThat(c.max()).isEqualTo(300L * n);
    });
    assertThat(plan(regimen, request("prp-stretch-marks.json"), null).cost()).as("the base gives no price").isEmpty();
    ObjectNode face = request("prp-stretch-marks.json");
    face.put("indication", "SKIN_LAXITY");
    face.remove("striae");
    face.putArray("areas").add("FACE");
    assertThat(plan(regimen, face, "clinic-prices").cost()).hasValueSatisfying(c -> assertThat(c.max()).isEqualTo(900));
    ObjectNode compare = request("prp-stretch-marks.json");
    compare.remove("treatment");
    compare.putObject("clinic").put("variant", "clinic-prices");
    Comparison comparison = regimen.compare(JSON.readRequest(compare.toString(), LocalDate.of(2027, 1, 5)));
    assertThat(comparison.options()).anyMatch(o -> o.treatment().id().equals("prp") && o.cost().isPresent());
  }

  @Test
  void strengthenedAndAddedRulesApply() throws IOException {
    ObjectNode request = request("prp-stretch-marks.json");
    ((ObjectNode) request.get("patient")).putArray("conditions").add("CANCER");
    TreatmentPlan base = plan(clinic(), request.deepCopy(), null);
    TreatmentPlan variant = plan(clinic(), request, "clinic-prices");
    assertThat(base.eligibility().findings()).anyMatch(f -> f.code().equals("CANCER") && f.severity() == FindingSeverity.RELATIVE);
    Finding cancer = variant.eligibility().findings().stream().filter(f -> f.code().equals("CANCER")).findFirst().orElseThrow();
    assertThat(cancer.severity()).isEqualTo(FindingSeverity.ABSOLUTE);
    assertThat(variant.sessions()).isEmpty();
  }

  @Test
  void aDefaultVariantAppliesWhenTheRequestNamesNone() throws IOException {
    Regimen regimen = Regimen.builder().variant(STRIAE).defaultVariant("prp-striae-monthly").build();
    assertThat(plan(regimen, request("prp-stretch-marks.json"), null).treatment().orElseThrow().variant()).isPresent();
  }

  @Test
  void anUnknownVariantIsAProblemAtItsPath() throws IOException {
    ObjectNode request = request("prp-stretch-marks.json");
    assertThatThrownBy(() -> plan(clinic(), request, "nobody"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("clinic.variant");
  }

  /** The README of examples/variants shows this message. */
  @Test
  void theBrokenSampleFailsNamingEveryBoundAndItsSource() {
    assertThatThrownBy(() -> Regimen.builder().variant(BROKEN).build())
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("courses[0].interval.minDays: must be at least 14 days, not 7")
        .hasMessageContaining("bound bounds.courses[0].minIntervalDays of prp " + prpVersion() + " (source ibrahim2015")
        .hasMessageContaining("strengthen[0].severity: rule BLEEDING_DISORDER is ABSOLUTE: a variant may only raise it")
        .hasMessageContaining("bounds.strengthenOnly");
  }
}
