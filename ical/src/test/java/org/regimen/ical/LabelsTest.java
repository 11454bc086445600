package org.regimen.ical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regimen.ical.SamplePlans.Sample;
import org.regimen.plan.ImmutableTreatmentPlan;
import org.regimen.plan.TreatmentPlan;

/** The calendar's own words: English, and never tagged as a language they are not in. */
class LabelsTest {

  @Test
  void englishLabelsAreFoundAndTaggedEn() {
    Labels labels = Labels.forLanguage("en");
    assertThat(labels.language()).isEqualTo("en");
    assertThat(labels.text("session.summary", "PRP", 1, 3)).isEqualTo("PRP: session 1 of 3");
  }

  @Test
  void aLanguageWithoutLabelsFallsBackToEnglishWhateverTheDefaultLocale() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.GERMANY);
      Labels labels = Labels.forLanguage("de");
      assertThat(labels.language()).isEqualTo("en");
      assertThat(labels.text("area.DECOLLETE")).isEqualTo("décolleté");
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }

  @Test
  void aPlanInAnotherLanguageIsTaggedWithTheLanguageOfTheLabelsUsed() {
    Sample sample = SamplePlans.all().get(0);
    TreatmentPlan german = ImmutableTreatmentPlan.copyOf(sample.plan()).withLanguage("de");
    String ics = PlanCalendar.of(sample.request(), german).toIcs();
    assertThat(ics).contains("SUMMARY;LANGUAGE=en:").doesNotContain("LANGUAGE=de");
  }
}
