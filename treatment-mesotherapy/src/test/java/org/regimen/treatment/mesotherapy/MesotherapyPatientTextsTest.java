package org.regimen.treatment.mesotherapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.treatment.mesotherapy.Requests.plan;
import static org.regimen.treatment.mesotherapy.Requests.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.regimen.plan.Risk;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.BodyArea;
import org.regimen.request.StriaeStage;

/**
 * Risk texts and result notes reach the patient's handout: they carry no internal terms ("the
 * source", "Regimen default"); the reasons for defaults stay in the protocol's words and PROTOCOL.md.
 */
class MesotherapyPatientTextsTest {

  private static final List<String> INTERNAL = List.of("source", "regimen", "default", "glossary", "patient's");

  /**
   * Seed 002 line 55: "you may see side effects such as bruising and swelling"; line 43: "To treat
   * white stretch marks, therapies of up to 6 months or more will be needed."
   */
  @Test
  void line55RisksAndLine43ResultNotesHaveNoInternalTerms() {
    for (StriaeStage stage : StriaeStage.values()) {
      TreatmentPlan plan = plan(request(stage, BodyArea.ABDOMEN));
      List<String> texts = new ArrayList<>();
      plan.risks().stream().map(Risk::text).forEach(texts::add);
      plan.results().forEach(r -> r.note().ifPresent(texts::add));
      plan.sessions().forEach(s -> s.after().forEach(i -> texts.add(i.text())));
      assertThat(texts).as(stage.name()).isNotEmpty().allSatisfy(t -> {
        for (String word : INTERNAL) {
          assertThat(t.toLowerCase(Locale.ROOT)).as(t).doesNotContain(word);
        }
      });
    }
    assertThat(plan(request(StriaeStage.ALBA, BodyArea.ABDOMEN)).risks())
        .extracting(Risk::text)
        .allSatisfy(t -> assertThat(t).contains("estimate"));
  }
}
