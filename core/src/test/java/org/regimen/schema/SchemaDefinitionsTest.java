package org.regimen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.regimen.plan.AdjustmentReason;
import org.regimen.plan.ConstraintKind;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.Likelihood;
import org.regimen.plan.RequiredTestReason;
import org.regimen.plan.ResultPhase;
import org.regimen.plan.RiskSite;
import org.regimen.plan.TimeOfDay;
import org.regimen.plan.VisitKind;
import org.regimen.request.Allergy;
import org.regimen.request.AreaCondition;
import org.regimen.request.BodyArea;
import org.regimen.request.Condition;
import org.regimen.request.Currency;
import org.regimen.request.Fitzpatrick;
import org.regimen.request.Indication;
import org.regimen.request.LabOutcome;
import org.regimen.request.LabTest;
import org.regimen.request.MedicationKind;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.Severity;
import org.regimen.request.Sex;
import org.regimen.request.SkinType;
import org.regimen.request.StriaeStage;

/**
 * The schemas themselves: valid draft 2020-12, every enum list the same as its Java enum (the drift
 * guard), and the definitions the files share the same in each.
 */
class SchemaDefinitionsTest {
  /** Each schema's enum definitions ($defs/NAME) and the Java enum the JSON reads them into. */
  private static final Map<String, Map<String, Class<? extends Enum<?>>>> ENUMS =
      Map.of(
          Schemas.REQUEST,
          Map.ofEntries(
              Map.entry("currency", Currency.class),
              Map.entry("indication", Indication.class),
              Map.entry("striaeStage", StriaeStage.class),
              Map.entry("severity", Severity.class),
              Map.entry("bodyArea", BodyArea.class),
              Map.entry("sex", Sex.class),
              Map.entry("pregnancyStatus", PregnancyStatus.class),
              Map.entry("condition", Condition.class),
              Map.entry("conditionStatus", org.regimen.request.ConditionStatus.class),
              Map.entry("cyclePattern", org.regimen.request.CyclePattern.class),
              Map.entry("medicationKind", MedicationKind.class),
              Map.entry("procedureKind", org.regimen.request.ProcedureKind.class),
              Map.entry("allergy", Allergy.class),
              Map.entry("areaCondition", AreaCondition.class),
              Map.entry("fitzpatrick", Fitzpatrick.class),
              Map.entry("skinType", SkinType.class),
              Map.entry("labTest", LabTest.class),
              Map.entry("labOutcome", LabOutcome.class),
              Map.entry("dayOfWeek", DayOfWeek.class),
              Map.entry("adverseEvent", org.regimen.request.AdverseEvent.class),
              Map.entry("courseResponse", org.regimen.request.CourseResponse.class),
              Map.entry("eventKind", org.regimen.request.EventKind.class)),
          Schemas.PLAN,
          Map.ofEntries(
              Map.entry("indication", Indication.class),
              Map.entry("bodyArea", BodyArea.class),
              Map.entry("currency", Currency.class),
              Map.entry("labTest", LabTest.class),
              Map.entry("eligibilityStatus", EligibilityStatus.class),
              Map.entry("findingSeverity", FindingSeverity.class),
              Map.entry("requiredTestReason", RequiredTestReason.class),
              Map.entry("timeOfDay", TimeOfDay.class),
              Map.entry("visitKind", VisitKind.class),
              Map.entry("pastSessionStatus", org.regimen.plan.PastSessionStatus.class),
              Map.entry("resultPhase", ResultPhase.class),
              Map.entry("likelihood", Likelihood.class),
              Map.entry("riskSite", RiskSite.class),
              Map.entry("adjustmentReason", AdjustmentReason.class),
              Map.entry("constraintKind", ConstraintKind.class)),
          Schemas.COMPARISON,
          Map.ofEntries(
              Map.entry("indication", Indication.class),
              Map.entry("bodyArea", BodyArea.class),
              Map.entry("currency", Currency.class),
              Map.entry("labTest", LabTest.class),
              Map.entry("eligibilityStatus", EligibilityStatus.class),
              Map.entry("findingSeverity", FindingSeverity.class),
              Map.entry("requiredTestReason", RequiredTestReason.class),
              Map.entry("resultPhase", ResultPhase.class)),
          Schemas.ERROR,
          Map.of());

  @Test
  void everySchemaIsValidDraft2020_12() {
    Schema metaSchema =
        Schemas.REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    for (String name : Schemas.ALL) {
      assertThat(Schemas.tree(name).path("$schema").asText())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(metaSchema.validate(Schemas.tree(name).toString(), InputFormat.JSON)).as(name).isEmpty();
    }
  }

  @Test
  void everyEnumListIsItsJavaEnumAndNothingElse() {
    for (String name : Schemas.ALL) {
      JsonNode defs = Schemas.tree(name).path("$defs");
      Map<String, Class<? extends Enum<?>>> expected = ENUMS.get(name);
      assertThat(SchemaTrees.enumLocations(Schemas.tree(name), ""))
          .as("%s: enum lists are $defs of their own, each named in ENUMS", name)
          .containsExactlyInAnyOrderElementsOf(expected.keySet().stream().map(d -> "/$defs/" + d + "/enum").toList());
      expected.forEach(
          (def, type) -> {
            List<String> listed = new ArrayList<>();
            defs.path(def).path("enum").forEach(v -> listed.add(v.asText()));
            assertThat(listed)
                .as("%s $defs/%s against %s", name, def, type.getSimpleName())
                .containsExactlyElementsOf(SchemaTrees.names(type));
          });
    }
  }

  @Test
  void everyEnumOfTheRequestAndPlanTypesIsInASchema() throws IOException, URISyntaxException {
    Set<Class<?>> covered = new HashSet<>();
    ENUMS.values().forEach(m -> covered.addAll(m.values()));
    for (String pkg : List.of("org/regimen/request", "org/regimen/plan")) {
      Path dir = Path.of(SchemaDefinitionsTest.class.getClassLoader().getResource(pkg).toURI());
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          String fileName = file.getFileName().toString();
          Class<?> type = forName(pkg.replace('/', '.') + "." + fileName.substring(0, fileName.length() - 6));
          if (type.isEnum()) {
            assertThat(covered).as("%s has no enum list in a schema", type.getName()).contains(type);
          }
        }
      }
    }
  }

  @Test
  void sharedDefinitionsAreTheSameInEverySchema() {
    for (String a : Schemas.ALL) {
      for (String b : Schemas.ALL) {
        JsonNode defsA = Schemas.tree(a).path("$defs");
        JsonNode defsB = Schemas.tree(b).path("$defs");
        defsA.fieldNames().forEachRemaining(
            def -> {
              if (defsB.has(def)) {
                assertThat(defsB.get(def)).as("$defs/%s in %s and %s", def, a, b).isEqualTo(defsA.get(def));
              }
            });
      }
    }
  }


  private static Class<?> forName(String name) {
    try {
      return Class.forName(name, false, SchemaDefinitionsTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
