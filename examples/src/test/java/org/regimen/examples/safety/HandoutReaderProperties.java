package org.regimen.examples.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.handout.Handout;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Finding;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.BodyArea;
import org.regimen.request.Indication;
import org.regimen.request.TreatmentRequest;
import org.regimen.screening.PatientTexts;
import org.regimen.testing.RequestGenerator;

/**
 * design.md, "Who reads a text": every handout of a generated population (all four therapies, every
 * indication each treats) shows no practitioner-only text: no finding message or action, no
 * session note, no step or finding code; a finding a clinician discloses in person (a positive
 * infection marker, cancer) is never named. And no handout of a plan that needs clearance, is
 * deferred or has a tentative session says "You can go ahead".
 */
class HandoutReaderProperties {
  private static final Regimen REGIMEN = Regimen.load();
  private static final int PER_MODULE = 400;

  @Test
  void noPractitionerTextInAnyHandout() {
    int withFindings = 0;
    for (String module : List.of("prp", "stemcell", "mesotherapy", "plasma")) {
      RequestGenerator generator =
          new RequestGenerator(module, indications(module), EnumSet.allOf(BodyArea.class));
      for (long seed = 0; seed < PER_MODULE; seed++) {
        TreatmentRequest request = generator.generate(seed * 7919 + module.hashCode());
        TreatmentPlan plan = REGIMEN.plan(request);
        String handout = Handout.markdown(plan, request.clinic());
        for (String practitionerOnly : practitionerOnly(plan)) {
          assertThat(handout).as("%s seed %d: a practitioner text in the handout", module, seed)
              .doesNotContain(practitionerOnly);
        }
        if (!plan.eligibility().findings().isEmpty()) {
          withFindings++;
        }
        boolean gated =
            plan.eligibility().status().compareTo(EligibilityStatus.REQUIRES_CLEARANCE) >= 0
                || plan.sessions().stream().anyMatch(Session::tentative);
        if (gated) {
          assertThat(handout).as("%s seed %d", module, seed).doesNotContain("You can go ahead");
        }
      }
    }
    // The check above only bites on plans with findings: make sure the generator gives many.
    assertThat(withFindings).isGreaterThan(PER_MODULE);
  }

  private static List<String> practitionerOnly(TreatmentPlan plan) {
    List<String> texts = new ArrayList<>();
    for (Finding f : plan.eligibility().findings()) {
      // A patient text may happen to equal the practitioner's words; only distinct ones count.
      if (!f.patientMessage().filter(f.message()::equals).isPresent()) {
        texts.add(f.message());
      }
      texts.add(f.action());
      texts.add(f.code());
      if (PatientTexts.inPerson(f.code())) {
        texts.add("positive");
        texts.add("cancer");
      }
    }
    texts.addAll(plan.notes());
    for (Session s : plan.sessions()) {
      texts.addAll(s.notes());
      s.steps().stream().filter(step -> step.contains("_")).forEach(texts::add);
    }
    return texts;
  }

  private static EnumSet<Indication> indications(String module) {
    return REGIMEN.treatments().stream()
        .filter(d -> d.id().equals(module))
        .findFirst()
        .map(d -> EnumSet.copyOf(d.indications()))
        .orElseThrow();
  }

}
