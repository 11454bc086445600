package org.regimen.treatment.plasma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.treatment.plasma.PlasmaRequest.healthy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.Risk;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;

/**
 * The texts the patient reads (preparation, aftercare, result notes, risks) are plain instructions:
 * the plan dates each one, so no text explains where its number came from ("the source", "Regimen
 * default"). The reasons stay in the protocol's words and PROTOCOL.md.
 */
class PatientTextsTest {

  private static final List<String> INTERNAL = List.of("source", "regimen", "default", "glossary");

  /** 004 line 128: "Do not eat anything 7-8 hours before the session." (the safe end, 8 hours). */
  @Test
  void line128FastingIsOnePlainInstructionWithTheSafeEnd() {
    for (Session s : healthy().plan().sessions()) {
      DatedInstruction fasting =
          s.before().stream().filter(i -> i.code().equals("FASTING")).findFirst().orElseThrow();
      assertThat(fasting.text()).isEqualTo("Eat nothing for at least 8 hours before the session.");
    }
  }

  /**
   * 004 lines 123 to 130 (preparation) and 169 to 175 (aftercare, "in the first week after the
   * session"): every dated instruction is a sentence without internal terms; the dates say when.
   */
  @Test
  void lines123To130And169To175InstructionsHaveNoInternalTerms() {
    for (Session s : healthy().plan().sessions()) {
      List<DatedInstruction> all = new ArrayList<>(s.before());
      all.addAll(s.after());
      assertThat(all).isNotEmpty().allSatisfy(i -> {
        assertThat(i.text()).as(i.code()).endsWith(".");
        for (String word : INTERNAL) {
          assertThat(i.text().toLowerCase(java.util.Locale.ROOT)).as(i.code()).doesNotContain(word);
        }
      });
      assertThat(s.after()).allSatisfy(i -> assertThat(i.text()).as(i.code()).startsWith("Do "));
    }
  }

  /** 004 lines 93 to 97 (side effects) and line 21 (effect after the first session). */
  @Test
  void lines93To97And21RisksAndResultNotesHaveNoInternalTerms() {
    TreatmentPlan plan = healthy().plan();
    List<String> texts = new ArrayList<>();
    plan.risks().stream().map(Risk::text).forEach(texts::add);
    plan.results().forEach(r -> r.note().ifPresent(texts::add));
    assertThat(texts).isNotEmpty().allSatisfy(t -> {
      for (String word : INTERNAL) {
        assertThat(t.toLowerCase(java.util.Locale.ROOT)).doesNotContain(word);
      }
    });
  }
}
