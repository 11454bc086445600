package org.regimen.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.regimen.consult.ConsultFixtures.MAPPER;
import static org.regimen.consult.ConsultFixtures.combined;
import static org.regimen.consult.ConsultFixtures.regimen;
import static org.regimen.consult.ConsultFixtures.request;
import static org.regimen.consult.ConsultFixtures.weekly;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.json.RegimenJson;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.plan.TreatmentRef;
import org.regimen.request.BodyArea;
import org.regimen.request.CombinedTreatment;
import org.regimen.request.Indication;
import org.regimen.request.LaxityAssessment;
import org.regimen.request.Severity;
import org.regimen.request.StriaeAssessment;
import org.regimen.request.TreatmentRequest;
import org.regimen.testing.CombinationChecks;

/**
 * contract.md, "Additions": "{@code treatments[]} (combination) may hold objects { "treatment",
 * "indication", "areas", "assessment" } so one plan can combine, e.g., PRP for the face's laxity with
 * mesotherapy for stretch marks on the hips". Test therapies: "weekly" treats stretch marks on
 * ABDOMEN, THIGHS, HIPS; "facial" (derived from it) treats skin laxity on FACE and NECK only.
 */
class PerTreatmentIndicationTest {
  private static final Regimen REGIMEN = regimen(weekly(), facial());
  private static final RegimenJson JSON = RegimenJson.create();

  /** Skin laxity of FACE and NECK, nothing else. */
  static org.regimen.spi.TreatmentModule facial() {
    return weekly(tree -> {
      tree.put("id", "facial").put("name", "Facial test therapy");
      tree.remove("alternatives");
      ObjectNode course = (ObjectNode) tree.get("courses").get(0);
      course.put("id", "laxity");
      course.putArray("indications").add("SKIN_LAXITY");
      course.putArray("areas").add("FACE").add("NECK");
    });
  }

  private static TreatmentRequest parts(Consumer<ArrayNode> treatments) {
    return parts(r -> {}, treatments);
  }

  private static TreatmentRequest parts(Consumer<ObjectNode> change, Consumer<ArrayNode> treatments) {
    return request(r -> {
      treatments.accept(r.putArray("treatments"));
      change.accept(r);
    });
  }

  private static ObjectNode facialPart(ArrayNode treatments) {
    ObjectNode part = treatments.addObject().put("treatment", "facial").put("indication", "SKIN_LAXITY");
    part.putArray("areas").add("FACE");
    part.putObject("laxity").put("severity", "MILD");
    return part;
  }

  @Test
  void eachTreatmentIsPlannedForItsOwnIndicationAndAreas() {
    // The request's indication (stretch marks) and areas (ABDOMEN) serve "weekly"; "facial" has its own.
    TreatmentRequest request = parts(t -> {
      t.add("weekly");
      facialPart(t);
    });

    TreatmentPlan plan = CombinationChecks.check(REGIMEN, request);

    assertThat(plan.indication()).isEqualTo(Indication.STRETCH_MARKS);
    assertThat(plan.treatments()).extracting(TreatmentRef::id, TreatmentRef::indication, TreatmentRef::areas)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("weekly", Optional.of(Indication.STRETCH_MARKS), List.of(BodyArea.ABDOMEN)),
            org.assertj.core.groups.Tuple.tuple("facial", Optional.of(Indication.SKIN_LAXITY), List.of(BodyArea.FACE)));
    assertThat(plan.sessions()).extracting(Session::treatment).contains(Optional.of("weekly"), Optional.of("facial"));
    for (Session session : plan.sessions()) {
      assertThat(session.areas())
          .as("session %d", session.number())
          .containsExactly(session.treatment().orElseThrow().equals("facial") ? BodyArea.FACE : BodyArea.ABDOMEN);
    }
    // FACE is not one of weekly's areas and ABDOMEN not one of facial's: neither is left out of a plan.
    assertThat(plan.eligibility().excludedAreas()).isEmpty();
    assertThat(JSON.writePlan(plan))
        .contains("\"indication\":\"SKIN_LAXITY\",\"areas\":[\"FACE\"]")
        .contains("\"indication\":\"STRETCH_MARKS\",\"areas\":[\"ABDOMEN\"]");
  }

  @Test
  void withEveryPartItsOwnTheRequestNeedsNoIndicationOrAreas() {
    TreatmentRequest request = parts(
        r -> {
          r.remove("indication");
          r.remove("striae");
          r.remove("areas");
        },
        t -> {
          ObjectNode weekly = t.addObject().put("treatment", "weekly").put("indication", "STRETCH_MARKS");
          weekly.putArray("areas").add("HIPS").add("THIGHS");
          weekly.putObject("striae").put("stage", "ALBA");
          facialPart(t);
        });

    TreatmentPlan plan = CombinationChecks.check(REGIMEN, request);

    assertThat(request.areas()).isEmpty();
    assertThat(plan.indication()).as("the first treatment's stands for the plan").isEqualTo(Indication.STRETCH_MARKS);
    assertThat(plan.sessions()).filteredOn(s -> s.treatment().orElseThrow().equals("weekly"))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.areas()).containsExactly(BodyArea.HIPS, BodyArea.THIGHS));
    assertThat(JSON.readRequest(JSON.writeRequest(request))).as("JSON round trip").isEqualTo(request);
  }

  @Test
  void theStringFormPlansAsAPartThatRepeatsTheRequestsValues() {
    TreatmentRequest strings = combined("weekly", "facial2");
    Regimen two = regimen(weekly(), weekly(t -> t.put("id", "facial2")));
    TreatmentRequest objects = request(r -> {
      ArrayNode t = r.putArray("treatments");
      for (String id : List.of("weekly", "facial2")) {
        ObjectNode part = t.addObject().put("treatment", id).put("indication", "STRETCH_MARKS");
        part.putArray("areas").add("ABDOMEN");
        part.putObject("striae").put("stage", "RUBRA").put("ageMonths", 5).put("severity", "MODERATE");
      }
    });

    assertThat(strings.treatments()).allMatch(CombinedTreatment::idOnly);
    assertThat(JSON.writeRequest(strings)).contains("\"treatments\":[\"weekly\",\"facial2\"]");
    assertThat(two.plan(objects)).isEqualTo(two.plan(strings));
    assertThat(two.plan(strings).treatments()).extracting(TreatmentRef::areas).containsOnly(List.of(BodyArea.ABDOMEN));
  }

  @Test
  void aBadFieldOfOnePartIsAProblemAtItsPath() {
    assertThat(readerPaths(r -> {}, t -> {
      t.add("weekly");
      ObjectNode part = facialPart(t);
      part.putArray("areas").add("FACE").add("ELBOW-JANE");
      part.put("colour", "scarlet-jane");
    })).containsExactlyInAnyOrder("treatments[1].areas[1]", "treatments[1]");
    assertThat(readerPaths(r -> {}, t -> {
      t.add("weekly");
      facialPart(t).putArray("areas");
    })).containsExactly("treatments[1].areas");
    assertThat(readerPaths(r -> {}, t -> {
      t.add("weekly");
      t.addObject().put("indication", "SKIN_LAXITY");
      t.add(3);
    })).containsExactlyInAnyOrder("treatments[1].treatment", "treatments[2]");
    // Without the request's indication, every part names its own.
    assertThat(readerPaths(r -> r.remove(List.of("indication", "striae")), t -> {
      t.add("weekly");
      facialPart(t);
    })).containsExactly("treatments[0].indication");
    assertThat(readerPaths(r -> r.remove(List.of("indication", "striae")), t -> {
      t.addNull();
      t.add("weekly");
      facialPart(t);
    })).containsExactly("treatments[0]", "treatments[1].indication");
    // The laxity part may not carry striae; no treatment twice, whatever its form.
    assertThat(readerPaths(r -> {}, t -> {
      t.add("weekly");
      facialPart(t).putObject("striae").put("stage", "RUBRA");
    })).containsExactly("treatments[1].striae");
    assertThat(readerPaths(r -> {}, t -> {
      t.add("weekly");
      t.addObject().put("treatment", "weekly").putArray("areas").add("HIPS");
    })).containsExactly("treatments[1].treatment");
  }

  @Test
  void planningChecksEachPartAgainstItsModule() {
    assertThat(planningPaths(parts(t -> {
      t.add("weekly");
      facialPart(t).putArray("areas").add("NECK").add("ABDOMEN");
    }))).containsExactly("treatments[1].areas[1]");
    assertThat(planningPaths(parts(t -> {
      t.add("weekly");
      facialPart(t).put("indication", "ACNE").remove("laxity");
    }))).containsExactly("treatments[1].indication");
    assertThat(planningPaths(parts(t -> {
      t.add("weekly");
      facialPart(t).put("treatment", "jane-doe");
    }))).containsExactly("treatments[1].treatment");
    // A part that inherits the request's indication keeps today's path for it.
    assertThat(planningPaths(parts(t -> {
      t.add("weekly");
      t.add("facial");
    }))).containsExactly("indication");
  }

  @Test
  void withoutAreasOfItsOwnTheRequestNamesThePartThatLacksThem() {
    InvalidRequestException error = catchThrowableOfType(InvalidRequestException.class, () -> REGIMEN.plan(parts(
        r -> r.putArray("areas"),
        t -> {
          t.add("weekly");
          facialPart(t);
        })));

    assertThat(error.problems()).extracting(Problem::path).containsExactly("treatments[0].areas");
  }

  @Test
  void theJavaApiChecksTheSameRules() {
    TreatmentRequest base = combined("weekly", "facial");
    TreatmentRequest request =
        org.regimen.request.ImmutableTreatmentRequest.copyOf(base)
            .withTreatments(
                CombinedTreatment.of("weekly"),
                CombinedTreatment.builder()
                    .treatment("facial")
                    .indication(Indication.SKIN_LAXITY)
                    .addAreas(BodyArea.FACE, BodyArea.FACE)
                    .laxity(LaxityAssessment.builder().severity(Severity.MILD).build())
                    .assessment(org.regimen.request.Assessment.builder().severity(Severity.SEVERE).build())
                    .striae(StriaeAssessment.builder().ageMonths(5000).build())
                    .build());

    assertThat(org.regimen.validation.RequestValidator.validate(request))
        .extracting(Problem::path)
        .containsExactlyInAnyOrder(
            "treatments[1].striae", "treatments[1].striae.ageMonths", "treatments[1].areas[1]",
            "treatments[1].assessment.severity");
    assertThat(request.treatmentIds()).containsExactly("weekly", "facial");
    assertThat(request.toString()).doesNotContain("facial").doesNotContain("FACE");
  }

  private static List<String> readerPaths(Consumer<ObjectNode> change, Consumer<ArrayNode> treatments) {
    TreatmentRequest valid = request(r -> {});
    ObjectNode json;
    try {
      json = (ObjectNode) MAPPER.readTree(JSON.writeRequest(valid));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    treatments.accept(json.putArray("treatments"));
    change.accept(json);
    InvalidRequestException error =
        catchThrowableOfType(InvalidRequestException.class, () -> JSON.readRequest(json.toString()));
    assertThat(error).as("the reader rejects it").isNotNull();
    for (Problem problem : error.problems()) {
      assertThat(problem.message()).doesNotContain("JANE").doesNotContain("jane").doesNotContain("scarlet");
    }
    return error.problems().stream().map(Problem::path).toList();
  }

  private static List<String> planningPaths(TreatmentRequest request) {
    InvalidRequestException error = catchThrowableOfType(InvalidRequestException.class, () -> REGIMEN.plan(request));
    assertThat(error).as("planning rejects it").isNotNull();
    for (Problem problem : error.problems()) {
      assertThat(problem.message()).doesNotContain("jane");
    }
    return error.problems().stream().map(Problem::path).toList();
  }
}
