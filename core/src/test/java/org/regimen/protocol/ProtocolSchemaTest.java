package org.regimen.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regimen.error.Problem;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.Likelihood;
import org.regimen.plan.ResultPhase;
import org.regimen.plan.RiskSite;
import org.regimen.plan.TimeOfDay;
import org.regimen.plan.VisitKind;
import org.regimen.request.Allergy;
import org.regimen.request.AreaCondition;
import org.regimen.request.BodyArea;
import org.regimen.request.Condition;
import org.regimen.request.ConditionStatus;
import org.regimen.request.Currency;
import org.regimen.request.Fitzpatrick;
import org.regimen.request.Indication;
import org.regimen.request.LabOutcome;
import org.regimen.request.LabTest;
import org.regimen.request.MedicationKind;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.ProcedureKind;
import org.regimen.request.Severity;
import org.regimen.request.SkinType;
import org.regimen.request.StriaeStage;
import org.regimen.schema.SchemaTrees;

/**
 * protocol.schema.json and baseline.schema.json (issue 11) against the readers they describe: the
 * shipped documents are valid under both; each broken document is refused by both, at the same
 * place; every enum, pattern and rule parameter list of the schemas is the Java one, so neither side
 * can change alone.
 */
class ProtocolSchemaTest {
  private static final String PROTOCOL_SCHEMA = "protocol.schema.json";
  private static final String BASELINE_SCHEMA = "baseline.schema.json";
  private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  private static final Map<String, Schema> SCHEMAS = new LinkedHashMap<>();

  // ---- the schemas themselves ----

  @Test
  void bothSchemasAreValidDraft2020_12() {
    Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of(DRAFT_2020_12));
    for (String name : List.of(PROTOCOL_SCHEMA, BASELINE_SCHEMA)) {
      assertThat(tree(name).path("$schema").asText()).isEqualTo(DRAFT_2020_12);
      assertThat(metaSchema.validate(tree(name).toString(), InputFormat.JSON)).as(name).isEmpty();
    }
  }

  // ---- shipped documents: valid under the schema, read by the reader ----

  @Test
  void everyShippedProtocolIsValid() throws IOException {
    List<Path> protocols = shippedProtocols();
    assertThat(protocols.stream().map(p -> p.getFileName().toString()))
        .as("the four therapies' protocol documents, found from core's basedir")
        .hasSizeGreaterThanOrEqualTo(4)
        .containsOnly("protocol.json");
    for (Path file : protocols) {
      String text = Files.readString(file);
      assertThat(errors(PROTOCOL_SCHEMA, text)).as("%s against %s", file, PROTOCOL_SCHEMA).isEmpty();
      assertThatCode(
              () ->
                  ProtocolLoader.parse(
                      file.toString(), stream(text), Glossary.standard(), Baseline.standard()))
          .as("%s read by ProtocolLoader", file)
          .doesNotThrowAnyException();
    }
  }

  @Test
  void theBaselineAndTheSamplesAreValid() {
    assertThat(errors(BASELINE_SCHEMA, resource("org/regimen/screening/baseline.json"))).isEmpty();
    assertThat(errors(BASELINE_SCHEMA, resource(SampleDocuments.SAMPLE_RULES))).isEmpty();
    assertThat(errors(PROTOCOL_SCHEMA, resource(SampleDocuments.SAMPLE_PROTOCOL))).isEmpty();
  }

  // ---- $schema: the key an editor reads ----

  @Test
  void bothReadersAcceptADollarSchemaKeyAndItCountsInTheDigest() {
    ObjectNode protocol = SampleDocuments.protocol();
    String before = SampleDocuments.parse(protocol).digest();
    protocol.put(DocumentReader.SCHEMA_KEY, "https://regimen.org/schema/protocol.schema.json");
    assertThat(SampleDocuments.parse(protocol).digest()).isNotEqualTo(before);
    assertThat(errors(PROTOCOL_SCHEMA, protocol.toString())).isEmpty();

    ObjectNode rules = SampleDocuments.rules();
    rules.put(DocumentReader.SCHEMA_KEY, "../schema/baseline.schema.json");
    assertThatCode(() -> ProtocolLoader.parseRules("rules.json", SampleDocuments.stream(rules)))
        .doesNotThrowAnyException();
    assertThat(errors(BASELINE_SCHEMA, rules.toString())).isEmpty();
  }

  // ---- broken documents: refused by both, at the same place ----

  /**
   * A document broken in one place: {@code at} is the object changed (a dotted path, as the reader
   * reports it), {@code expected} the path of the reader's problem.
   */
  record Case(String name, boolean rules, String at, Consumer<ObjectNode> change, String expected) {
    @Override
    public String toString() {
      return name;
    }

    ObjectNode document() {
      ObjectNode root = rules ? SampleDocuments.rules() : SampleDocuments.protocol();
      JsonNode target = at.isEmpty() ? root : SampleDocuments.node(root, at);
      change.accept((ObjectNode) target);
      return root;
    }
  }

  static Stream<Case> brokenDocuments() {
    return Stream.of(
        // the protocol's root
        put("unknown key at the root", "", "colour", "\"red\""),
        remove("missing courses", "", "courses"),
        put("name of the wrong type", "", "name", "5"),
        put("name null", "", "name", "null"),
        put("blank name", "", "name", "\"  \""),
        put("unsupported formatVersion", "", "formatVersion", "2"),
        put("version not MAJOR.MINOR.PATCH", "", "version", "\"1.0\""),
        put("id in upper case", "", "id", "\"PRP\""),
        put("$schema not a string", "", DocumentReader.SCHEMA_KEY, "5"),
        put("blank $schema", "", DocumentReader.SCHEMA_KEY, "\"\""),
        put("courses not a list", "", "courses", "{}"),
        put("courses empty", "", "courses", "[]"),
        // sources
        put("unknown key in a source", "sources[0]", "url", "\"x\""),
        put("a source with file and citation", "sources[0]", "citation", "\"x\"", "sources[0]"),
        remove("a source with neither file nor citation", "sources[2]", "citation", "sources[2]"),
        put("source id regimen-default", "sources[2]", "id", "\"regimen-default\""),
        // baseline overrides
        put("unknown key in an override", "baselineOverrides[0]", "colour", "\"red\""),
        put("override severity not a FindingSeverity", "baselineOverrides[0]", "severity", "\"SEVERE\""),
        remove("override without words", "baselineOverrides[0]", "words"),
        change(
            "a dropped baseline rule with regimen-default",
            "baselineOverrides[0]",
            o -> {
              o.remove("severity");
              o.put("source", "regimen-default");
            },
            "baselineOverrides[0].source"),
        change(
            "a dropped baseline rule with a message",
            "baselineOverrides[0]",
            o -> {
              o.remove("severity");
              o.put("message", "x");
            },
            "baselineOverrides[0].message"),
        // screening rules
        put("unknown key in a rule", "screening[0]", "colour", "\"red\""),
        put("a parameter of another kind", "screening[0]", "conditions", "[\"CANCER\"]"),
        put("rule kind not a RuleKind", "screening[1]", "kind", "\"DISEASE\""),
        put("condition not a Condition", "screening[1]", "conditions", "[\"FLU\"]", "screening[1].conditions[0]"),
        put("conditions empty", "screening[1]", "conditions", "[]"),
        put("condition repeated", "screening[1]", "conditions", "[\"CANCER\", \"CANCER\"]", "screening[1].conditions[1]"),
        put("rule severity not a FindingSeverity", "screening[2]", "severity", "\"HIGH\""),
        remove("rule without message", "screening[0]", "message"),
        remove("rule without its parameter", "screening[0]", "pregnancy"),
        put("holdDays of 0", "screening[0]", "holdDays", sourced("0"), "screening[0].holdDays.value"),
        put("rule code not UPPER_SNAKE_CASE", "screening[0]", "code", "\"pregnant\""),
        put("medication waitAfterDays negative", "screening[2]", "waitAfterDays", sourced("-1"), "screening[2].waitAfterDays.value"),
        put("inArea not a boolean", "screening[2]", "inArea", "\"yes\""),
        addRule("LAB_VALUE with both thresholds", "\"kind\": \"LAB_VALUE\", \"tests\": [\"PLATELET_COUNT\"],"
            + " \"below\": " + sourced("150") + ", \"atLeast\": " + sourced("400"), "screening[0].atLeast"),
        addRule("LAB_VALUE without a threshold", "\"kind\": \"LAB_VALUE\", \"tests\": [\"HBA1C\"]", "screening[0].below"),
        addRule("LAB_VALUE of a test read by outcome", "\"kind\": \"LAB_VALUE\", \"tests\": [\"HIV\"], \"below\": "
            + sourced("1"), "screening[0].tests"),
        addRule("LAB_TESTS of a measured test", "\"kind\": \"LAB_TESTS\", \"tests\": [\"PLATELET_COUNT\"],"
            + " \"maxResultAgeDays\": " + sourced("30") + ", \"turnaroundDays\": " + sourced("2"), "screening[0].tests"),
        addRule("LAB_TESTS without turnaroundDays", "\"kind\": \"LAB_TESTS\", \"tests\": [\"HIV\"],"
            + " \"maxResultAgeDays\": " + sourced("30"), "screening[0].turnaroundDays"),
        addRule("LAB_RESULT outcome not a LabOutcome", "\"kind\": \"LAB_RESULT\", \"tests\": [\"HIV\"],"
            + " \"outcomes\": [\"REACTIVE\"]", "screening[0].outcomes[0]"),
        addRule("keepsArea with wholePatient", "\"kind\": \"AREA_FINDING\", \"areaFindings\": [\"SUNBURN\"],"
            + " \"wholePatient\": true, \"keepsArea\": true", "screening[0].keepsArea"),
        addRule("whenTreating not a BodyArea", "\"kind\": \"AREA_FINDING\", \"areaFindings\": [\"COLD_SORE\"],"
            + " \"whenTreating\": [\"LIPS\"]", "screening[0].whenTreating[0]"),
        addRule("procedure not a ProcedureKind", "\"kind\": \"PROCEDURE\", \"procedures\": [\"BOTOX\"]",
            "screening[0].procedures[0]"),
        addRule("procedure waitAfterDays of 0", "\"kind\": \"PROCEDURE\", \"procedures\": [\"FILLER\"],"
            + " \"waitAfterDays\": " + sourced("0"), "screening[0].waitAfterDays.value"),
        addRule("POSTPARTUM without postpartumDays", "\"kind\": \"REPRODUCTIVE\", \"reproductive\": [\"POSTPARTUM\"]",
            "screening[0].postpartumDays"),
        addRule("postpartumDays without POSTPARTUM", "\"kind\": \"REPRODUCTIVE\","
            + " \"reproductive\": [\"TRYING_TO_CONCEIVE\"], \"postpartumDays\": " + sourced("42"), "screening[0].postpartumDays"),
        addRule("AGE without limits", "\"kind\": \"AGE\"", "screening[0].minAgeYears"),
        addRule("MENSTRUATION confirmWithinDays negative", "\"kind\": \"MENSTRUATION\", \"confirmWithinDays\": -1",
            "screening[0].confirmWithinDays"),
        addRule("ASSESSMENT match with an unknown key", "\"kind\": \"ASSESSMENT\", \"when\": {\"colour\": \"red\"}",
            "screening[0].when.colour"),
        addRule("ASSESSMENT without when", "\"kind\": \"ASSESSMENT\"", "screening[0].when"),
        addRule("EXCLUDED_AREA with a status", "\"kind\": \"EXCLUDED_AREA\", \"areas\": [\"FACE\"],"
            + " \"statuses\": [\"ACTIVE\"]", "screening[0].statuses"),
        // notRelevant
        put("not a fact", "notRelevant[0]", "facts", "[\"condition:FLU\"]", "notRelevant[0].facts"),
        put("not a fact kind", "notRelevant[0]", "facts", "[\"habit\"]", "notRelevant[0].facts"),
        put("unknown key in notRelevant", "notRelevant[0]", "colour", "\"red\""),
        // a course
        put("unknown key in a course", "courses[0]", "colour", "\"red\""),
        remove("course without interval", "courses[0]", "interval"),
        put("areas not a list", "courses[0]", "areas", "\"FACE\""),
        put("indication not an Indication", "courses[0]", "indications", "[\"WRINKLES\"]", "courses[0].indications[0]"),
        put("course id with a space", "courses[0]", "id", "\"stretch marks\""),
        put("practitioner not UPPER_SNAKE_CASE", "courses[0].practitioners", "value", "[\"nurse\"]", "courses[0].practitioners.value[0]"),
        put("unknown key in timing", "courses[0].timing", "colour", "\"red\""),
        put("firstAreaMinutes of 0", "courses[0].timing.firstAreaMinutes", "value", "0"),
        put("maxAreasPerVisit not sourced", "courses[0].timing", "maxAreasPerVisit", "2"),
        put("sessionCount min 0", "courses[0].sessionCount.value", "min", "0"),
        put("sessionRules empty", "courses[0]", "sessionRules", "[]"),
        put("session rule match severity not a Severity", "courses[0].sessionRules[0].when", "severity",
            "[\"EXTREME\"]", "courses[0].sessionRules[0].when.severity[0]"),
        put("minAreas of 0", "courses[0].sessionRules[0].when", "minAreas", "0"),
        put("interval days not whole", "courses[0].interval.minDays", "value", "1.5"),
        put("unknown key in a sourced value", "courses[0].interval.minDays", "note", "\"x\""),
        remove("sourced value without words", "courses[0].interval.minDays", "words"),
        put("step optional not a boolean", "courses[0].steps[0]", "optional", "\"yes\""),
        put("step code not UPPER_SNAKE_CASE", "courses[0].steps[0]", "code", "\"blood draw\""),
        put("timeOfDay not a TimeOfDay", "courses[0].timeOfDay", "value", "\"EVENING\""),
        put("harvestSites empty", "courses[0].harvestSites", "value", "[]"),
        put("fastingHours of 0", "courses[0].fastingHours", "value", "0"),
        put("downtime span unit not a SpanUnit", "courses[0].downtime.value", "unit", "\"YEARS\""),
        put("preparation anchored on the last session", "courses[0].preparation[0]", "anchor", "\"LAST_SESSION\""),
        put("preparation blocking procedures", "courses[0].preparation[0]", "blocksProcedures", "true"),
        put("whenTaking not a MedicationKind", "courses[0].aftercare[0]", "whenTaking", "[\"COFFEE\"]",
            "courses[0].aftercare[0].whenTaking[0]"),
        put("a glossary span with numbers", "courses[0].preparation[0].span", "min", "1"),
        remove("a span without unit", "courses[0].preparation[1].span", "unit"),
        remove("instruction without span", "courses[0].aftercare[0]", "span"),
        put("result phase not a ResultPhase", "courses[0].results[0]", "phase", "\"PEAK\""),
        put("result anchored on each session", "courses[0].results[0]", "anchor", "\"EACH_SESSION\""),
        put("SESSIONS result without sessions", "courses[0].results[1]", "anchor", "\"SESSIONS\"", "courses[0].results[1].sessions"),
        put("sessions on a FIRST_SESSION result", "courses[0].results[0]", "sessions", "{\"min\": 1, \"max\": 2}"),
        put("result when with an unknown key", "courses[0].results[0]", "when", "{\"stages\": [\"RUBRA\"]}", "courses[0].results[0].when.stages"),
        put("risk likelihood not a Likelihood", "courses[0].risks[0]", "likelihood", "\"OFTEN\""),
        remove("risk without site", "courses[0].risks[0]", "site"),
        put("risk visible not a boolean", "courses[0].risks[0]", "visible", "1"),
        put("unknown key in maintenance", "courses[0].maintenance", "colour", "\"red\""),
        put("price in an unknown currency", "courses[0].price.perSession", "GBP", "{\"min\": 1, \"max\": 2}"),
        change("price with no currency", "courses[0].price", o -> o.set("perSession", MAPPER.createObjectNode()),
            "courses[0].price.perSession"),
        put("unknown key in a price range", "courses[0].price.perSession.EUR", "colour", "\"red\""),
        remove("price without perSession or perCourse", "courses[0].price", "perSession", "courses[0].price.perSession"),
        put("blank note", "courses[0].notes[0]", "value", "\"\""),
        put("visit kind not a VisitKind", "courses[0]", "visits", "[{\"kind\": \"SURGERY\", \"purpose\": \"x\","
            + " \"daysBeforeFirstSession\": " + sourced("1") + ", " + BASIS + "}]", "courses[0].visits[0].kind"),
        put("longBreak without message", "courses[0]", "progress", "{\"longBreak\": {\"afterDays\": " + sourced("60")
            + ", \"action\": \"x\", " + BASIS + "}}", "courses[0].progress.longBreak.message"),
        put("unknown key in progress", "courses[0]", "progress", "{\"pause\": 1}", "courses[0].progress.pause"),
        // the protocol's other keys
        put("alternative without indications", "", "alternatives", "[{\"name\": \"x\", \"summary\": \"y\","
            + " \"indications\": [], " + BASIS + "}]", "alternatives[0].indications"),
        put("sameDayWithOthers not a boolean", "", "sameDayWithOthers", sourced("\"yes\""), "sameDayWithOthers.value"),
        put("sequencing after a bad module id", "", "sequencing", "{\"after\": [\"Mesotherapy\"], " + BASIS + "}",
            "sequencing.after[0]"),
        put("unknown key in bounds", "", "bounds", "{\"courses\": [], \"strengthenOnly\": "
            + sourced("[\"SCREENING_RULES\", \"BASELINE_RULES\", \"MEDICATION_SAFETY\"]") + ", \"colour\": 1}",
            "bounds.colour"),
        put("strengthenOnly not every family", "", "bounds", "{\"courses\": [{\"course\": \"stretch-marks\","
            + " \"minIntervalDays\": " + sourced("7") + ", \"maxSessionsPerCourse\": " + sourced("6")
            + ", \"maxSessionsPerYear\": " + sourced("6") + "}], \"strengthenOnly\": " + sourced("[\"SCREENING_RULES\"]")
            + "}", "bounds.strengthenOnly.value"),
        // the rules document
        rules(put("unknown key at the root of a rules document", "", "colour", "\"red\"")),
        rules(remove("rules document without rules", "", "rules")),
        rules(put("rules document with no rule", "", "rules", "[]")),
        rules(remove("rules document without sources", "", "sources")),
        rules(put("rules document $schema not a string", "", DocumentReader.SCHEMA_KEY, "true")),
        rules(put("unknown key in a baseline rule", "rules[0]", "colour", "\"red\"")),
        rules(put("baseline rule of an unknown kind", "rules[1]", "kind", "\"DRUG\"")),
        rules(put("a baseline rule's maxAgeYears below 0", "rules[2]", "maxAgeYears", "-5")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDocuments")
  void aBrokenDocumentIsRefusedByTheSchemaAndTheReaderAtTheSamePlace(Case broken) {
    ObjectNode document = broken.document();
    List<String> readerPaths = readerProblems(broken.rules(), document).stream().map(Problem::path).toList();
    assertThat(readerPaths).as("the reader's problems").contains(broken.expected());

    List<String> schemaPaths =
        schema(broken.rules() ? BASELINE_SCHEMA : PROTOCOL_SCHEMA)
            .validate(document.toString(), InputFormat.JSON).stream()
            .map(ProtocolSchemaTest::dottedPath)
            .toList();
    assertThat(schemaPaths)
        .as("the schema's errors: one at %s, on the way to it or below it", broken.expected())
        .anySatisfy(
            path ->
                assertThat(
                        path.startsWith(broken.at())
                            && (isAtOrBelow(broken.expected(), path) || isAtOrBelow(path, broken.expected())))
                    .as(path)
                    .isTrue());
  }

  /** Documents the reader accepts must pass the schema too: it is not stricter than the reader. */
  static Stream<Case> validDocuments() {
    return Stream.of(
        put("a $schema key", "", DocumentReader.SCHEMA_KEY, "\"protocol.schema.json\"", ""),
        addRule("LAB_VALUE with one threshold", "\"kind\": \"LAB_VALUE\", \"tests\": [\"HAEMOGLOBIN\"],"
            + " \"atLeast\": " + sourced("6.5"), ""),
        addRule("POSTPARTUM with its days", "\"kind\": \"REPRODUCTIVE\", \"reproductive\": [\"POSTPARTUM\"],"
            + " \"postpartumDays\": " + sourced("42"), ""),
        addRule("keepsArea alone", "\"kind\": \"PROCEDURE\", \"procedures\": [\"TATTOO\"], \"keepsArea\": true", ""),
        addRule("MENSTRUATION with its default", "\"kind\": \"MENSTRUATION\"", ""),
        addRule("a rule held back", "\"kind\": \"AGE\", \"maxAgeYears\": 70, \"holdDays\": " + sourced("3"), ""),
        change("a SESSIONS result without span", "courses[0].results[1]", o -> {
          o.put("anchor", "SESSIONS");
          o.remove("span");
          o.set("sessions", json("{\"min\": 1, \"max\": 3}"));
        }, ""),
        change("a price per course only", "courses[0].price", o -> o.set("perCourse", o.remove("perSession")), ""),
        put("a glossary phrase in other case", "courses[0].preparation[0].span", "glossary", "\"A Week  or Two\"", ""),
        put("a bare fact kind", "notRelevant[0]", "facts", "[\"lifestyle\", \"menstruation:CYCLE\"]", ""),
        put("an aftercare instruction blocking procedures", "courses[0].aftercare[0]", "blocksProcedures", "true", ""),
        put("progress", "courses[0]", "progress", "{\"longBreak\": {\"afterDays\": " + sourced("60")
            + ", \"message\": \"m\", \"action\": \"a\", " + BASIS + "}, \"partialResponseSessions\": " + sourced("3") + "}", ""),
        put("a visit", "courses[0]", "visits", "[{\"kind\": \"LAB_TESTS\", \"purpose\": \"x\","
            + " \"daysBeforeFirstSession\": " + sourced("0") + ", " + BASIS + "}]", ""),
        put("empty optional lists", "", "alternatives", "[]", ""),
        change("a dropped baseline rule with a cited source", "baselineOverrides[1]", o -> o.remove("severity"), ""),
        rules(put("a $schema key in a rules document", "", DocumentReader.SCHEMA_KEY, "\"baseline.schema.json\"", "")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDocuments")
  void aDocumentTheReaderAcceptsIsValid(Case valid) {
    ObjectNode document = valid.document();
    assertThat(readerProblems(valid.rules(), document)).as("the reader's problems").isEmpty();
    assertThat(errors(valid.rules() ? BASELINE_SCHEMA : PROTOCOL_SCHEMA, document.toString())).isEmpty();
  }

  // ---- every list of the schemas is the Java one ----

  /** Each enum of the schemas ($defs/NAME) and the Java values the readers accept there. */
  private static final Map<String, List<String>> ENUMS =
      Map.ofEntries(
          Map.entry("formatVersion", new TreeSet<>(DocumentReader.SUPPORTED_FORMAT_VERSIONS).stream().map(String::valueOf).toList()),
          Map.entry("ruleKind", SchemaTrees.names(RuleKind.class)),
          Map.entry("findingSeverity", SchemaTrees.names(FindingSeverity.class)),
          Map.entry("pregnancyStatus", SchemaTrees.names(PregnancyStatus.class)),
          Map.entry("condition", SchemaTrees.names(Condition.class)),
          Map.entry("conditionStatus", SchemaTrees.names(ConditionStatus.class)),
          Map.entry("medicationKind", SchemaTrees.names(MedicationKind.class)),
          Map.entry("allergy", SchemaTrees.names(Allergy.class)),
          Map.entry("areaCondition", SchemaTrees.names(AreaCondition.class)),
          Map.entry("bodyArea", SchemaTrees.names(BodyArea.class)),
          Map.entry("procedureKind", SchemaTrees.names(ProcedureKind.class)),
          Map.entry("measuredLabTest", Arrays.stream(LabTest.values()).filter(LabTest::isMeasured).map(Enum::name).toList()),
          Map.entry("outcomeLabTest", Arrays.stream(LabTest.values()).filter(t -> !t.isMeasured()).map(Enum::name).toList()),
          Map.entry("labOutcome", SchemaTrees.names(LabOutcome.class)),
          Map.entry("reproductiveState", SchemaTrees.names(ReproductiveState.class)),
          Map.entry("indication", SchemaTrees.names(Indication.class)),
          Map.entry("striaeStage", SchemaTrees.names(StriaeStage.class)),
          Map.entry("severity", SchemaTrees.names(Severity.class)),
          Map.entry("skinType", SchemaTrees.names(SkinType.class)),
          Map.entry("fitzpatrick", SchemaTrees.names(Fitzpatrick.class)),
          Map.entry("factKind", Arrays.stream(FactKind.values()).map(FactKind::key).toList()),
          Map.entry("fact", FactKind.allFacts().stream().map(Fact::key).toList()),
          Map.entry("timeOfDay", SchemaTrees.names(TimeOfDay.class)),
          Map.entry("visitKind", SchemaTrees.names(VisitKind.class)),
          Map.entry("instructionAnchor", CourseItemReader.INSTRUCTION_ANCHORS.stream().map(Enum::name).toList()),
          Map.entry("resultAnchor", CourseItemReader.RESULT_ANCHORS.stream().map(Enum::name).toList()),
          Map.entry("resultPhase", SchemaTrees.names(ResultPhase.class)),
          Map.entry("likelihood", SchemaTrees.names(Likelihood.class)),
          Map.entry("riskSite", SchemaTrees.names(RiskSite.class)),
          Map.entry("currency", SchemaTrees.names(Currency.class)),
          Map.entry("spanUnit", SchemaTrees.names(SpanUnit.class)),
          Map.entry("strengthenOnly", SchemaTrees.names(SafetyBounds.StrengthenOnly.class)));

  @Test
  void everyEnumIsItsJavaListAndNothingElse() {
    for (String name : List.of(PROTOCOL_SCHEMA, BASELINE_SCHEMA)) {
      JsonNode defs = tree(name).path("$defs");
      List<String> locations = SchemaTrees.enumLocations(tree(name), "");
      assertThat(locations).as("%s: each enum is a $defs entry of its own, named in ENUMS", name)
          .allSatisfy(l -> assertThat(ENUMS).containsKey(l.replaceAll("^/\\$defs/(\\w+)/enum$", "$1")));
      for (String location : locations) {
        String def = location.split("/")[2];
        List<String> listed = new ArrayList<>();
        defs.path(def).path("enum").forEach(v -> listed.add(v.asText()));
        assertThat(listed).as("%s $defs/%s", name, def).containsExactlyElementsOf(ENUMS.get(def));
      }
    }
    assertThat(SchemaTrees.enumLocations(tree(PROTOCOL_SCHEMA), ""))
        .as("every list the protocol reader reads")
        .hasSize(ENUMS.size());
  }

  @Test
  void theEnumsSharedWithTheRequestAndPlanSchemasAreTheSame() {
    JsonNode protocolDefs = tree(PROTOCOL_SCHEMA).path("$defs");
    int compared = 0;
    for (String other : List.of("request.schema.json", "plan.schema.json")) {
      JsonNode otherDefs = tree(other).path("$defs");
      for (String def : ENUMS.keySet()) {
        if (otherDefs.path(def).has("enum")) {
          assertThat(protocolDefs.path(def).path("enum")).as("$defs/%s in %s", def, other)
              .isEqualTo(otherDefs.path(def).path("enum"));
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(10);
  }

  @Test
  void theBaselineSchemaSharesTheProtocolSchemasDefinitions() {
    JsonNode protocolDefs = tree(PROTOCOL_SCHEMA).path("$defs");
    tree(BASELINE_SCHEMA).path("$defs").properties().forEach(
        def -> assertThat(def.getValue()).as("$defs/%s", def.getKey()).isEqualTo(protocolDefs.get(def.getKey())));
    assertThat(tree(BASELINE_SCHEMA).at("/properties/rules/items"))
        .isEqualTo(tree(PROTOCOL_SCHEMA).at("/properties/screening/items"));
  }

  @Test
  void eachRuleKindTakesTheParametersTheReaderReads() {
    Map<String, Set<String>> inSchema = new LinkedHashMap<>();
    for (JsonNode branch : tree(PROTOCOL_SCHEMA).at("/$defs/rule/allOf")) {
      Set<String> parameters = new TreeSet<>();
      branch.path("then").path("properties").fieldNames().forEachRemaining(parameters::add);
      inSchema.put(branch.at("/if/properties/kind/const").asText(), parameters);
    }
    Map<String, Set<String>> inJava = new LinkedHashMap<>();
    for (RuleKind kind : RuleKind.values()) {
      inJava.put(kind.name(), new TreeSet<>(RuleReader.PARAMETERS.get(kind)));
    }
    assertThat(inSchema).isEqualTo(inJava);
  }

  @Test
  void thePatternsAreTheReadersPatterns() {
    JsonNode defs = tree(PROTOCOL_SCHEMA).path("$defs");
    assertThat(defs.at("/id/pattern").asText()).isEqualTo("^" + CourseReader.COURSE_ID + "$");
    assertThat(defs.at("/code/pattern").asText()).isEqualTo("^" + ReadContext.UPPER_SNAKE_CASE + "$");
    assertThat(defs.at("/version/pattern").asText()).isEqualTo("^" + DocumentReader.VERSION + "$");
    assertThat(defs.at("/sourceDeclaration/properties/id/allOf/1/not/const").asText()).isEqualTo(Basis.REGIMEN_DEFAULT);
    assertThat(defs.at("/override/then/properties/source/not/const").asText()).isEqualTo(Basis.REGIMEN_DEFAULT);
    assertThat(defs.at("/bounds/properties/strengthenOnly/properties/value/minItems").asInt())
        .as("strengthenOnly lists every family")
        .isEqualTo(SafetyBounds.StrengthenOnly.values().length);
    for (String name : List.of(PROTOCOL_SCHEMA, BASELINE_SCHEMA)) {
      assertThat(tree(name).at("/properties").has(DocumentReader.SCHEMA_KEY)).as(name).isTrue();
    }
  }

  @Test
  void theGlossaryExamplesAreTheStandardGlossary() {
    List<String> examples = new ArrayList<>();
    tree(PROTOCOL_SCHEMA).at("/$defs/glossaryPhrase/examples").forEach(e -> examples.add(e.asText()));
    assertThat(examples).containsExactlyElementsOf(new TreeSet<>(Glossary.standard().phrases()));
  }

  // ---- helpers ----

  /** Whether {@code path} is {@code ancestor} or lies inside it (a key or an index below). */
  private static boolean isAtOrBelow(String path, String ancestor) {
    return ancestor.isEmpty()
        || path.equals(ancestor)
        || path.startsWith(ancestor + ".")
        || path.startsWith(ancestor + "[");
  }

  private static final String BASIS = "\"source\": \"regimen-default\", \"words\": \"A test value.\"";

  private static String sourced(String value) {
    return "{\"value\": " + value + ", " + BASIS + "}";
  }

  private static Case put(String name, String at, String key, String value) {
    return put(name, at, key, value, at.isEmpty() ? key : at + "." + key);
  }

  private static Case put(String name, String at, String key, String value, String expected) {
    return change(name, at, o -> o.set(key, json(value)), expected);
  }

  private static Case remove(String name, String at, String key) {
    return remove(name, at, key, at.isEmpty() ? key : at + "." + key);
  }

  private static Case remove(String name, String at, String key, String expected) {
    return change(name, at, o -> o.remove(key), expected);
  }

  private static Case change(String name, String at, Consumer<ObjectNode> change, String expected) {
    return new Case(name, false, at, change, expected);
  }

  /** A screening rule put first ({@code screening[0]}): its kind and parameters, the rest valid. */
  private static Case addRule(String name, String kindAndParameters, String expected) {
    String rule = "{\"code\": \"ADDED\", \"severity\": \"RELATIVE\", \"message\": \"m\", \"action\": \"a\", "
        + BASIS + ", " + kindAndParameters + "}";
    return new Case(name, false, "", o -> ((ArrayNode) o.get("screening")).insert(0, json(rule)), expected);
  }

  private static Case rules(Case c) {
    return new Case(c.name(), true, c.at(), c.change(), c.expected());
  }

  private static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  private static List<Problem> readerProblems(boolean rules, ObjectNode document) {
    Supplier<Object> read =
        rules
            ? () -> ProtocolLoader.parseRules("rules.json", SampleDocuments.stream(document))
            : () -> SampleDocuments.parse(document);
    ProtocolException refused = catchThrowableOfType(ProtocolException.class, read::get);
    return refused == null ? List.of() : refused.problems();
  }

  /** Where a schema error is, as the reader writes paths: {@code courses[0].timing.colour}. */
  private static String dottedPath(Error error) {
    StringBuilder path = new StringBuilder();
    NodePath location = error.getInstanceLocation();
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      if (element instanceof Integer index) {
        path.append('[').append(index).append(']');
      } else {
        path.append(path.length() == 0 ? "" : ".").append(element);
      }
    }
    String property = error.getProperty();
    if (property != null && !path.toString().endsWith(property)) {
      path.append(path.length() == 0 ? "" : ".").append(property);
    }
    return path.toString();
  }

  private static List<Path> shippedProtocols() throws IOException {
    Path root = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    List<Path> found = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.filter(m -> m.getFileName().toString().startsWith("treatment-")).sorted().toList()) {
        Path resources = module.resolve("src/main/resources");
        if (Files.isDirectory(resources)) {
          try (Stream<Path> files = Files.walk(resources)) {
            files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(found::add);
          }
        }
      }
    }
    return found;
  }

  private static List<String> errors(String schema, String json) {
    return schema(schema).validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static synchronized Schema schema(String name) {
    return SCHEMAS.computeIfAbsent(name, n -> REGISTRY.getSchema(tree(n)));
  }

  private static JsonNode tree(String name) {
    return json(resource("org/regimen/schema/" + name));
  }

  private static String resource(String name) {
    try (InputStream in = ProtocolSchemaTest.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the class path");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream stream(String text) {
    return SampleDocuments.stream(text);
  }

}
