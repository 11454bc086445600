package org.regimen.screening;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.regimen.dates.DateRange;
import org.regimen.internal.RegimenStyle;
import org.regimen.plan.Eligibility;
import org.regimen.request.BodyArea;

/**
 * What screening decided for one request: the eligibility, the areas left to treat, whether sessions
 * may be planned at all, and, where the protocol avoids menstruation, the predicted period days.
 * {@code toString()} never shows the areas or the predictions.
 */
@Value.Immutable
@RegimenStyle
public abstract class ScreeningResult {
  /** Days from a predicted period within which a session carries "confirm on the day", by default. */
  public static final int DEFAULT_CONFIRM_WITHIN_DAYS = 2;

  public abstract Eligibility eligibility();

  /** Requested areas minus excluded areas, in request order. */
  @Value.Redacted
  public abstract List<BodyArea> remainingAreas();

  /**
   * False when no session may be planned: an absolute reason, a temporary one with no known end, or
   * no area left to treat.
   */
  public abstract boolean sessionsAllowed();

  /** True when the protocol asks sessions to avoid predicted period days. */
  public abstract boolean avoidMenstruation();

  /** Predicted periods (both ends inclusive), empty without cycle data or when not avoided. */
  @Value.Redacted
  public abstract List<DateRange> predictedPeriods();

  /** A session this many days from a predicted period carries "confirm on the day". */
  @Value.Default
  public int confirmWithinDays() {
    return DEFAULT_CONFIRM_WITHIN_DAYS;
  }

  /** True if {@code day} falls in a predicted period. */
  public boolean isPredictedPeriodDay(LocalDate day) {
    return predictedPeriods().stream().anyMatch(p -> p.contains(day));
  }

  /** True if {@code day} is at most {@code days} days from a predicted period day (or in one). */
  public boolean nearPredictedPeriod(LocalDate day, int days) {
    int margin = Math.max(0, days);
    return predictedPeriods().stream()
        .anyMatch(
            p -> !day.isBefore(p.from().minusDays(margin)) && !day.isAfter(p.to().plusDays(margin)));
  }

  public static ImmutableScreeningResult.Builder builder() {
    return ImmutableScreeningResult.builder();
  }
}
