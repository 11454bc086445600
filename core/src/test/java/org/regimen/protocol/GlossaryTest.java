package org.regimen.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.protocol.SampleDocuments.problemsOf;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.regimen.plan.DayRange;

/** The standard glossary holds docs/design.md's "Vague words" table, in days (week 7, month 30). */
class GlossaryTest {
  private final Glossary glossary = Glossary.standard();

  /** Each row of docs/design.md, "Vague words", with its range converted to days. */
  @ParameterizedTest(name = "docs/design.md Vague words: ''{0}'' is {1} to {2} days")
  @CsvSource({
    "a few days, 2, 5", // 2 to 5 days
    "a few weeks, 14, 42", // 2 to 6 weeks
    "several weeks, 21, 56", // 3 to 8 weeks
    "several months, 90, 180", // 3 to 6 months
    "weeks to months, 14, 180", // 2 weeks to 6 months
    "a few weeks to months, 14, 180", // 2 weeks to 6 months
    "several weeks to months, 21, 180", // 3 weeks to 6 months
    "a few days to a week, 2, 7", // 2 to 7 days
    "a week or two, 7, 14", // 7 to 14 days
    "first week, 7, 7", // 7 days
  })
  void factsMdVagueWordsRowMapsToItsRange(String words, int minDays, int maxDays) {
    Span span = glossary.lookup(words).orElseThrow();
    assertThat(span.days()).isEqualTo(DayRange.of(minDays, maxDays));
    assertThat(span.open()).isFalse();
    assertThat(span.glossaryWords()).contains(words);
  }

  @Test
  void factsMdLongLastingIsOpenWithNoEnd() {
    Span span = glossary.lookup("long-lasting").orElseThrow();
    assertThat(span.open()).isTrue();
    assertThat(span.glossaryWords()).contains("long-lasting");
  }

  @Test
  void holdsExactlyTheFactsMdRows() {
    assertThat(glossary.phrases())
        .containsExactlyInAnyOrder(
            "a few days", "a few weeks", "several weeks", "several months", "weeks to months",
            "a few weeks to months", "several weeks to months", "a few days to a week",
            "a week or two", "first week", "long-lasting");
  }

  @Test
  void everyEntrySaysItIsARegimenDefaultAClinicCanChange() {
    for (String phrase : glossary.phrases()) {
      assertThat(glossary.reason(phrase).orElseThrow())
          .startsWith("Regimen default")
          .contains("docs/design.md")
          .contains("a clinic can change it");
    }
  }

  @Test
  void lookupIgnoresCaseAndWhiteSpace() {
    assertThat(glossary.lookup("  A   Few\tWeeks ")).isEqualTo(glossary.lookup("a few weeks"));
  }

  @Test
  void anUnknownPhraseIsNotFound() {
    assertThat(glossary.lookup("a fortnight")).isEmpty();
  }

  @Test
  void standardIsLoadedOnceAndShared() throws InterruptedException {
    Set<Glossary> seen = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (int i = 0; i < 64; i++) {
      pool.execute(() -> seen.add(Glossary.standard()));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    assertThat(seen).containsExactly(Glossary.standard());
  }

  @Test
  void aMissingGlossaryFailsNamingTheResource() {
    List<String> problems = problemsOf(() -> Glossary.load("org/regimen/protocol/missing.json"));
    assertThat(problems).containsExactly("(document): resource not found on the class path");
    try {
      Glossary.load("org/regimen/protocol/missing.json");
    } catch (ProtocolException e) {
      assertThat(e.resource()).isEqualTo("org/regimen/protocol/missing.json");
    }
  }

  @Test
  void aBrokenGlossaryReportsEveryProblem() {
    assertThat(problemsOf(() -> Glossary.load("org/regimen/protocol/broken-glossary.json")))
        .containsExactly(
            "entries[0].max: must be at least min (5 days)",
            "entries[2].min.unit: must be one of DAYS, WEEKS, MONTHS",
            "entries[2].reason: is required",
            "entries[3].max: an open entry has no end: leave max out",
            "entries[1].words: phrase 'a few days' is already listed at entries[0]");
  }
}
