package org.regimen.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the standard glossary that must hold for every phrase and every spelling of it. */
class GlossaryProperties {
  private final Glossary glossary = Glossary.standard();
  private final List<String> phrases = List.copyOf(glossary.phrases());

  @Test
  void anySpellingOfAPhraseFindsTheSameSpan() {
    qt().forAll(integers().between(0, phrases.size() - 1), longs().all())
        .checkAssert(
            (index, seed) -> {
              String phrase = phrases.get(index);
              String respelt = respell(phrase, new Random(seed));
              assertThat(glossary.lookup(respelt)).isEqualTo(glossary.lookup(phrase)).isPresent();
            });
  }

  @Test
  void everyClosedSpanIsOrderedAndWithinSixMonths() {
    for (String phrase : phrases) {
      Span span = glossary.lookup(phrase).orElseThrow();
      if (!span.open()) {
        assertThat(span.days().min()).isBetween(1, span.days().max());
        assertThat(span.days().max()).isLessThanOrEqualTo(180);
      }
    }
  }

  /** Random case per letter and random runs of spaces and tabs between words and around them. */
  private static String respell(String phrase, Random random) {
    StringBuilder out = new StringBuilder(blanks(random));
    for (String word : phrase.split(" ")) {
      for (char c : word.toCharArray()) {
        String letter = String.valueOf(c);
        out.append(random.nextBoolean() ? letter.toUpperCase(Locale.ROOT) : letter);
      }
      out.append(' ').append(blanks(random));
    }
    return out.toString();
  }

  private static String blanks(Random random) {
    return " \t ".substring(0, random.nextInt(3));
  }
}
