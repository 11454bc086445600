package org.regimen.protocol;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.RegimenStyle;
import org.regimen.plan.DayRange;

/**
 * A length of time in whole days, from a number in the source or from vague words turned into days
 * by the {@link Glossary}. An open span ("long-lasting") has no end.
 */
@Value.Immutable
@RegimenStyle
public interface Span {
  /** The range of days; for an open span, its start only is meaningful. */
  DayRange days();

  /** The glossary entry the days came from, when the source used vague words. */
  Optional<String> glossaryWords();

  /** True for a span with no end, such as "long-lasting". */
  @Value.Default
  default boolean open() {
    return false;
  }

  static Span ofDays(int min, int max) {
    return ImmutableSpan.builder().days(DayRange.of(min, max)).build();
  }
}
