package org.regimen.examples.consult;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.json.RegimenJson;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.TreatmentRequest;
import org.regimen.testing.CombinationChecks;

/** Issue 14, "Combined plans": each symptom found, as a worked example with the real modules. */
class CombinedPlanSymptomsTest {
  private static final Regimen REGIMEN = Regimen.load();

  /**
   * PRP and plasma therapy injected the same abdomen on consecutive days, the second inside the
   * first's downtime, with "Use moisturiser" and "Do not use creams" dated over the same days.
   */
  @Test
  void prpAndPlasmaOnTheAbdomenKeepApartAndSayOneThingADay() throws IOException {
    TreatmentPlan plan = CombinationChecks.check(REGIMEN, request(List.of("prp", "plasma"), true));
    assertThat(plan.sessions()).isNotEmpty();
    List<Session> prp = of(plan, "prp");
    List<Session> plasma = of(plan, "plasma");
    for (Session p : prp) {
      for (Session q : plasma) {
        // PRP's downtime (2 days) and aftercare ("a few days") on the abdomen; plasma's first week.
        assertThat(Math.abs(p.date().toEpochDay() - q.date().toEpochDay())).isGreaterThanOrEqualTo(5);
      }
    }
    List<DatedInstruction> moisturiser = instructions(plan, "SKIN_CARE");
    List<DatedInstruction> noCreams = instructions(plan, "NO_CREAMS_OR_MAKEUP");
    for (DatedInstruction a : moisturiser) {
      for (DatedInstruction b : noCreams) {
        assertThat(a.days().overlaps(b.days())).isFalse();
      }
    }
    // Two courses of the patient's own blood products in the same area: a precaution.
    assertThat(plan.eligibility().findings())
        .anySatisfy(f -> {
          assertThat(f.code()).isEqualTo("REPEATED_AUTOLOGOUS_BLOOD_PRODUCT");
          assertThat(f.treatment()).hasValue("plasma");
          assertThat(f.patientMessage()).isPresent();
        });
  }

  /**
   * Mesotherapy with plasma gave "Keep up a regular physical exercise routine", "Avoid physical
   * activity of any kind" and "Do not do any sport" for overlapping days.
   */
  @Test
  void mesotherapyAndPlasmaGiveOneExerciseInstructionADay() throws IOException {
    TreatmentPlan plan = CombinationChecks.check(REGIMEN, request(List.of("mesotherapy", "plasma"), true));
    assertThat(plan.sessions()).isNotEmpty();
    for (DatedInstruction exercise : instructions(plan, "EXERCISE")) {
      for (String stricter : List.of("NO_PHYSICAL_ACTIVITY", "NO_SPORT")) {
        for (DatedInstruction other : instructions(plan, stricter)) {
          assertThat(exercise.days().overlaps(other.days()))
              .as("EXERCISE %s and %s %s", exercise.days(), stricter, other.days()).isFalse();
        }
      }
    }
    assertThat(plan.sessions()).anySatisfy(s -> assertThat(s.notes())
        .anyMatch(n -> n.contains("replaces \"Keep up a regular physical exercise routine")));
  }

  /** A lab result needed only by the plasma course held back the mesotherapy sessions. */
  @Test
  void aTestOnlyPlasmaNeedsDoesNotHoldBackMesotherapy() throws IOException {
    TreatmentRequest combined = request(List.of("mesotherapy", "plasma"), false);
    TreatmentPlan plan = REGIMEN.plan(combined);
    TreatmentPlan alone = REGIMEN.plan(RegimenJson.create().readRequest(single("mesotherapy", false).toString()));
    assertThat(plan.eligibility().requiredTests()).isNotEmpty();
    assertThat(alone.eligibility().requiredTests()).isEmpty();
    assertThat(of(plan, "mesotherapy").get(0).date()).isEqualTo(alone.sessions().get(0).date());
    assertThat(of(plan, "mesotherapy")).allSatisfy(s -> assertThat(s.tentative()).isEqualTo(alone.sessions().get(0).tentative()));
    assertThat(of(plan, "plasma")).allSatisfy(s -> assertThat(s.tentative()).isTrue());
  }

  private static List<Session> of(TreatmentPlan plan, String treatment) {
    return plan.sessions().stream().filter(s -> s.treatment().equals(Optional.of(treatment))).toList();
  }

  private static List<DatedInstruction> instructions(TreatmentPlan plan, String code) {
    return plan.sessions().stream()
        .flatMap(s -> java.util.stream.Stream.concat(s.before().stream(), s.after().stream()))
        .filter(i -> i.code().equals(code))
        .toList();
  }

  private static TreatmentRequest request(List<String> treatments, boolean withLabs) throws IOException {
    ObjectNode request = single(null, withLabs);
    ArrayNode ids = request.putArray("treatments");
    treatments.forEach(ids::add);
    return RegimenJson.create().readRequest(request.toString());
  }

  private static ObjectNode single(String treatment, boolean withLabs) throws IOException {
    ObjectNode request =
        (ObjectNode) new ObjectMapper().readTree(Path.of("requests", "prp-stretch-marks.json").toFile());
    request.remove("treatment");
    if (treatment != null) {
      request.put("treatment", treatment);
    }
    request.putArray("areas").add("ABDOMEN");
    if (!withLabs) {
      ((ObjectNode) request.get("patient")).putArray("labResults");
    }
    return request;
  }
}
