package org.regimen.protocol;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;
import org.regimen.plan.DayRange;

/**
 * A length of time in whole days, from a number in the source or from vague words turned into days
 * by the {@link Glossary}. An open span ("long-lasting") has no end.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Span {
  /** {@return the range of days; for an open span, its start only is meaningful} */
  DayRange days();

  /** {@return the glossary entry the days came from, when the source used vague words} */
  Optional<String> glossaryWords();

  /** {@return true for a span with no end, such as "long-lasting"} */
  @Value.Default
  default boolean open() {
    return false;
  }

  /**
   * {@return the start as a calendar amount, where the source wrote it in months; a date counted
   * from a session uses it ({@link #earliest}), a length in days uses {@link #days()}}
   */
  Optional<Period> calendarMin();

  /** {@return the end as a calendar amount, where the source wrote it in months} */
  Optional<Period> calendarMax();

  /**
   * {@return the first day the span reaches from {@code anchor}: calendar months where the source
   * says months}
   *
   * @param anchor the day counted from
   */
  default LocalDate earliest(LocalDate anchor) {
    return anchor.plus(calendarMin().orElse(Period.ofDays(days().min())));
  }

  /**
   * {@return the last day the span reaches from {@code anchor}: calendar months where the source
   * says months}
   *
   * @param anchor the day counted from
   */
  default LocalDate latest(LocalDate anchor) {
    return anchor.plus(calendarMax().orElse(Period.ofDays(days().max())));
  }

  /**
   * {@return a span of {@code min} to {@code max} days}
   *
   * @param min the fewest days, at least 0
   * @param max the most days, at least {@code min}
   */
  static Span ofDays(int min, int max) {
    return ImmutableSpan.builder().days(DayRange.of(min, max)).build();
  }
}
