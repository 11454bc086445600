package org.regimen.handout;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.regimen.dates.DateRange;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Likelihood;
import org.regimen.plan.ResultPhase;
import org.regimen.plan.VisitKind;
import org.regimen.request.BodyArea;

/** The plan's codes said in plain English for a patient. Fixed locale: no platform dependence. */
final class PlainWords {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

  private PlainWords() {}

  /** {@code Monday 11 January 2027}. */
  static String day(LocalDate date) {
    return DAY.format(date);
  }

  /** {@code Monday 11 January 2027}, or {@code from Monday ... to Tuesday ...}. */
  static String range(DateRange range) {
    return range.from().equals(range.to())
        ? "on " + day(range.from())
        : "from " + day(range.from()) + " to " + day(range.to());
  }

  static String area(BodyArea area) {
    return switch (area) {
      case DECOLLETE -> "chest and neckline";
      default -> area.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }

  static String areas(List<BodyArea> areas) {
    return areas.stream().map(PlainWords::area).collect(Collectors.joining(", "));
  }

  static String likelihood(Likelihood likelihood) {
    return switch (likelihood) {
      case COMMON -> "common";
      case UNCOMMON -> "uncommon";
      case RARE -> "rare";
    };
  }

  static String phase(ResultPhase phase) {
    return switch (phase) {
      case ONSET -> "First visible changes";
      case OPTIMAL -> "Full effect";
      case LASTS_UNTIL -> "The effect may start to fade; ask about a maintenance session";
    };
  }

  static String visit(VisitKind kind) {
    return kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String status(EligibilityStatus status) {
    return status(status, true);
  }

  /**
   * Without sessions there are no dates to call provisional: the sessions section says that none
   * could be planned yet.
   */
  static String status(EligibilityStatus status, boolean hasSessions) {
    if (!hasSessions) {
      return switch (status) {
        case REQUIRES_CLEARANCE -> "A doctor or your prescriber must first agree that the treatment is safe for you.";
        case DEFERRED -> "The treatment has to wait for the reasons below.";
        default -> status(status, true);
      };
    }
    return switch (status) {
      case ELIGIBLE -> "You can go ahead with this plan.";
      case ELIGIBLE_WITH_PRECAUTIONS -> "You can go ahead with this plan, with the precautions below.";
      case REQUIRES_CLEARANCE ->
          "Before anything is booked, the clinic must check the points below with you, and where"
              + " needed a doctor or your prescriber must agree that the treatment is safe for you."
              + " The dates below are provisional: please do not book them until the clinic confirms.";
      case DEFERRED ->
          "The treatment has to wait for the reasons below. The dates are provisional:"
              + " please do not book them until the clinic confirms.";
      case INELIGIBLE -> "This treatment is not suitable for you at present, for the reasons below.";
    };
  }
}
