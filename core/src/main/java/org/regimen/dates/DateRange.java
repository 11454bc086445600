package org.regimen.dates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * A range of days that includes both its ends: {@code from} and {@code to} are both inside it.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public abstract class DateRange implements Iterable<LocalDate> {

  /**
   * The first day of the range.
   *
   * @return the first day, inside the range
   */
  @Value.Parameter
  public abstract LocalDate from();

  /**
   * The last day of the range.
   *
   * @return the last day, inside the range; never before {@link #from()}
   */
  @Value.Parameter
  public abstract LocalDate to();

  /**
   * The days from one day to another, both included.
   *
   * @param fromInclusive the first day, not null
   * @param toInclusive the last day, not null, not before {@code fromInclusive}
   * @return the range
   * @throws IllegalArgumentException if {@code toInclusive} is before {@code fromInclusive}
   */
  public static DateRange ofClosed(LocalDate fromInclusive, LocalDate toInclusive) {
    return ImmutableDateRange.of(fromInclusive, toInclusive);
  }

  /**
   * A range of one day.
   *
   * @param day the only day, not null
   * @return the range from {@code day} to {@code day}
   */
  public static DateRange ofDay(LocalDate day) {
    return ImmutableDateRange.of(day, day);
  }

  /** Rejects a range that ends before it starts; Immutables calls it on every build. */
  @Value.Check
  protected void check() {
    if (to().isBefore(from())) {
      throw new IllegalArgumentException("to: must not be before from");
    }
  }

  /**
   * Whether a day is in the range.
   *
   * @param day any day, not null
   * @return true if {@code day} is on or after {@link #from()} and on or before {@link #to()}
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from()) && !day.isAfter(to());
  }

  /**
   * Whether two ranges share a day.
   *
   * @param other another range, not null
   * @return true if at least one day is in both ranges
   */
  public boolean overlaps(DateRange other) {
    return !other.to().isBefore(from()) && !other.from().isAfter(to());
  }

  /**
   * The number of days in the range, counting both ends.
   *
   * @return 1 for a range of one day
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(from(), to()) + 1;
  }

  @Override
  public Iterator<LocalDate> iterator() {
    return new Iterator<>() {
      private LocalDate next = from();

      @Override
      public boolean hasNext() {
        return !next.isAfter(to());
      }

      @Override
      public LocalDate next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        LocalDate day = next;
        next = next.plusDays(1);
        return day;
      }
    };
  }
}
