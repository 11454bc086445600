package org.regimen.handout;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.regimen.dates.DateRange;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.ResultWindow;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.plan.Visit;
import org.regimen.request.CalendarConstraints;
import org.regimen.request.CalendarEvent;

/**
 * The plan on one time axis as an inline SVG: sessions and visits, downtime, the days of
 * preparation and aftercare, the patient's events and days away, and the result windows.
 *
 * <p>The axis is wrapped like lines of text: each row holds a few calendar months, so weekly sessions
 * stay far enough apart to carry their date even in a long course. Every series is told apart by
 * its shape, fill pattern and line style, never by colour, so the picture survives a black and white
 * printer; each mark also carries a {@code <title>} with its dates in words.
 */
final class TimelineSvg {
  /** Width in CSS pixels: A4's 210 mm less 2 x 15 mm margins is 680 px at 96 px per inch. */
  static final int WIDTH = 680;

  /** Beyond this many months a window is cut at the picture's edge; its label keeps the true end. */
  static final int MAX_MONTHS = 36;

  private static final int LANE_LABEL_WIDTH = 78;
  private static final int PLOT_LEFT = LANE_LABEL_WIDTH + 4;
  private static final int PLOT_WIDTH = WIDTH - PLOT_LEFT - 6;
  private static final int HEADER = 16;
  private static final int BAR = 10;
  private static final int TIER = 11;
  private static final int FONT = 9;
  private static final int ROW_GAP = 14;
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);

  /**
   * What a mark shows. Each series has its own fill pattern, outline dash and shape: the test
   * {@code HtmlHandoutBrowserIT} checks that no two series look alike without colour.
   */
  enum Series {
    SESSION("Session", Lane.VISITS, "#000", "none"),
    VISIT("Visit (no treatment)", Lane.VISITS, "#fff", "none"),
    DOWNTIME("Recovery (downtime)", Lane.RECOVERY, "#000", "none"),
    PREPARATION("Before a session", Lane.BEFORE, "url(#tl-dots)", "2 2"),
    AFTERCARE("After a session", Lane.AFTER, "url(#tl-hatch)", "none"),
    EVENT("Your event", Lane.YOUR_DATES, "url(#tl-cross)", "none"),
    AWAY("You are away", Lane.YOUR_DATES, "url(#tl-hlines)", "6 3"),
    ONSET("First changes", Lane.FIRST_CHANGES, "url(#tl-backhatch)", "1 2"),
    OPTIMAL("Full effect", Lane.FULL_EFFECT, "url(#tl-vlines)", "none"),
    FADING("May start to fade", Lane.FADING, "#fff", "4 2"),
    MAINTENANCE("Keeping the result", Lane.KEEPING, "url(#tl-grid)", "8 2 2 2");

    final String legend;
    final Lane lane;
    final String fill;
    final String dash;

    Series(String legend, Lane lane, String fill, String dash) {
      this.legend = legend;
      this.lane = lane;
      this.fill = fill;
      this.dash = dash;
    }

    String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    boolean point() {
      return this == SESSION || this == VISIT;
    }

    /** Whether each mark carries its dates as visible text (restriction spans are too many). */
    boolean labelled() {
      return this != DOWNTIME && this != PREPARATION && this != AFTERCARE;
    }
  }

  enum Lane {
    VISITS("Visits"),
    RECOVERY("Recovery"),
    BEFORE("Before"),
    AFTER("After"),
    YOUR_DATES("Your dates"),
    FIRST_CHANGES("First changes"),
    FULL_EFFECT("Full effect"),
    FADING("May fade"),
    KEEPING("Keeping it");

    final String label;

    Lane(String label) {
      this.label = label;
    }
  }

  /** One thing drawn: its series, its days, the visible label and the full words for its title. */
  record Mark(Series series, DateRange days, String label, String title) {}

  private final List<Mark> marks;
  private final StringBuilder svg = new StringBuilder(16_384);

  private TimelineSvg(List<Mark> marks) {
    this.marks = marks;
  }

  /** The picture of {@code plan}, with the patient's events and absences from {@code calendar}. */
  static String of(TreatmentPlan plan, CalendarConstraints calendar) {
    if (plan.sessions().isEmpty() && plan.visits().isEmpty()) {
      return ""; // nothing planned: the patient's own dates alone are no plan
    }
    return new TimelineSvg(marks(plan, calendar)).draw();
  }

  static List<Mark> marks(TreatmentPlan plan, CalendarConstraints calendar) {
    List<Mark> marks = new ArrayList<>();
    Set<LocalDate> sessionDays = new java.util.HashSet<>();
    plan.sessions().forEach(s -> sessionDays.add(s.date()));
    for (Visit visit : plan.visits()) {
      // A consultation on a session's day is drawn beside the session; the session's label says the day.
      String label = sessionDays.contains(visit.date()) ? "" : SHORT.format(visit.date());
      marks.add(new Mark(Series.VISIT, DateRange.ofDay(visit.date()), label,
          PlainWords.visit(visit.kind()) + " " + PlainWords.range(DateRange.ofDay(visit.date()))));
    }
    for (Session session : plan.sessions()) {
      DateRange day = DateRange.ofDay(session.date());
      marks.add(new Mark(Series.SESSION, day, SHORT.format(session.date()),
          "Session " + session.number() + " " + PlainWords.range(day)));
      session.downtime().ifPresent(d ->
          marks.add(new Mark(Series.DOWNTIME, d, "", "Recovery after session " + session.number() + " " + PlainWords.range(d))));
      hull(session.before()).ifPresent(d ->
          marks.add(new Mark(Series.PREPARATION, d, "", "Preparing for session " + session.number() + " " + PlainWords.range(d))));
      hull(session.after()).ifPresent(d ->
          marks.add(new Mark(Series.AFTERCARE, d, "", "Care after session " + session.number() + " " + PlainWords.range(d))));
    }
    for (CalendarEvent event : calendar.events()) {
      String name = event.name().map(String::strip).filter(n -> !n.isEmpty()).orElse("Your event");
      marks.add(new Mark(Series.EVENT, event.days(), shorten(name) + " " + span(event.days()),
          name + " " + PlainWords.range(event.days())));
    }
    for (DateRange away : calendar.unavailable()) {
      marks.add(new Mark(Series.AWAY, away, "Away " + span(away), "You are away " + PlainWords.range(away)));
    }
    for (ResultWindow result : plan.results()) {
      Series series = switch (result.phase()) {
        case ONSET -> Series.ONSET;
        case OPTIMAL -> Series.OPTIMAL;
        case LASTS_UNTIL -> Series.FADING;
      };
      marks.add(new Mark(series, result.days(), span(result.days()),
          series.legend + " " + PlainWords.range(result.days())));
    }
    plan.maintenance().flatMap(m -> m.days()).ifPresent(d ->
        marks.add(new Mark(Series.MAINTENANCE, d, span(d), "Keeping the result " + PlainWords.range(d))));
    // Left to right: labels are placed on the first tier whose last label ends before this one.
    marks.sort(java.util.Comparator.comparing((Mark m) -> m.days().from()));
    return marks;
  }

  private static java.util.Optional<DateRange> hull(List<DatedInstruction> instructions) {
    if (instructions.isEmpty()) {
      return java.util.Optional.empty();
    }
    LocalDate from = instructions.get(0).days().from();
    LocalDate to = instructions.get(0).days().to();
    for (DatedInstruction instruction : instructions) {
      from = instruction.days().from().isBefore(from) ? instruction.days().from() : from;
      to = instruction.days().to().isAfter(to) ? instruction.days().to() : to;
    }
    return java.util.Optional.of(DateRange.ofClosed(from, to));
  }

  /** {@code 12 Mar} or {@code 12 Mar-14 Mar}: the picture's labels; the words are in the title. */
  static String span(DateRange days) {
    String from = SHORT.format(days.from());
    if (days.from().equals(days.to())) {
      return from;
    }
    String to = SHORT.format(days.to());
    return from + "\u2013" + (days.from().getYear() == days.to().getYear() ? to : to + " " + days.to().getYear());
  }

  private static String shorten(String name) {
    return name.length() <= 24 ? name : name.substring(0, 23) + "\u2026";
  }

  // ---- drawing ----

  private String draw() {
    if (marks.isEmpty()) {
      return "";
    }
    LocalDate first = marks.stream().map(m -> m.days().from()).min(LocalDate::compareTo).orElseThrow();
    LocalDate last = marks.stream().map(m -> m.days().to()).max(LocalDate::compareTo).orElseThrow();
    LocalDate start = first.withDayOfMonth(1);
    long months = Math.min(MAX_MONTHS, ChronoUnit.MONTHS.between(start, last.withDayOfMonth(1)) + 1);
    // At least three months a row, and at most about five rows: weekly sessions keep ~28 px apart.
    int perRow = (int) Math.max(3, (months + 4) / 5);
    int rows = (int) ((months + perRow - 1) / perRow);
    // One scale for every row, so a week is as wide in the last (shorter) row as in the first.
    double perDay = (double) PLOT_WIDTH / (perRow * 31);

    StringBuilder body = new StringBuilder(16_384);
    int y = 0;
    LocalDate gapStart = null;
    for (int row = 0; row < rows; row++) {
      LocalDate rowStart = start.plusMonths((long) row * perRow);
      LocalDate rowEnd = rowStart.plusMonths(Math.min(perRow, months - (long) row * perRow)); // exclusive
      if (lanesIn(rowStart, rowEnd).isEmpty()) {
        gapStart = gapStart == null ? rowStart : gapStart;
        continue; // months with nothing in them are said in one line, not drawn
      }
      if (gapStart != null) {
        y = drawGap(body, gapStart, rowStart, y);
        gapStart = null;
      }
      y = drawRow(body, rowStart, rowEnd, perDay, y) + ROW_GAP;
    }
    int legendTop = y;
    y = drawLegend(body, y);

    openSvg(y, first, last);
    svg.append(body);
    svg.append("<line x1=\"0\" y1=\"").append(legendTop - ROW_GAP / 2).append("\" x2=\"").append(WIDTH)
        .append("\" y2=\"").append(legendTop - ROW_GAP / 2).append("\" stroke=\"#000\" stroke-width=\"0.5\"/>\n");
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** The root element of {@code height}, its title and description for screen readers, the fills. */
  private void openSvg(int height, LocalDate first, LocalDate last) {
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" role=\"img\"")
        .append(" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append('"')
        .append(" aria-labelledby=\"tl-title tl-desc\" font-family=\"sans-serif\" font-size=\"").append(FONT).append("\">\n");
    svg.append("<title id=\"tl-title\">Your treatment on a timeline</title>\n");
    svg.append("<desc id=\"tl-desc\">").append(Html.escape(description(first, last))).append("</desc>\n");
    patterns();
  }

  private String description(LocalDate first, LocalDate last) {
    long sessions = marks.stream().filter(m -> m.series() == Series.SESSION).count();
    StringBuilder text = new StringBuilder("From ").append(PlainWords.day(first)).append(" to ")
        .append(PlainWords.day(last)).append(": ").append(sessions).append(sessions == 1 ? " session" : " sessions");
    for (Mark mark : marks) {
      if (mark.series().labelled()) {
        text.append("; ").append(mark.title());
      }
    }
    return text.append('.').toString();
  }

  private void patterns() {
    svg.append("<defs>\n");
    pattern("tl-dots", "<circle cx=\"2\" cy=\"2\" r=\"1\" fill=\"#000\"/>");
    pattern("tl-hatch", "<path d=\"M0,4 L4,0\" stroke=\"#000\" stroke-width=\"1\"/>");
    pattern("tl-backhatch", "<path d=\"M0,0 L4,4\" stroke=\"#000\" stroke-width=\"0.8\"/>");
    pattern("tl-cross", "<path d=\"M0,4 L4,0 M0,0 L4,4\" stroke=\"#000\" stroke-width=\"0.8\"/>");
    pattern("tl-hlines", "<path d=\"M0,2 L4,2\" stroke=\"#000\" stroke-width=\"0.8\"/>");
    pattern("tl-vlines", "<path d=\"M2,0 L2,4\" stroke=\"#000\" stroke-width=\"0.8\"/>");
    pattern("tl-grid", "<path d=\"M0,0.5 L4,0.5 M0.5,0 L0.5,4\" stroke=\"#000\" stroke-width=\"0.6\"/>");
    svg.append("</defs>\n");
  }

  private void pattern(String id, String content) {
    svg.append("<pattern id=\"").append(id).append("\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\">")
        .append("<rect width=\"4\" height=\"4\" fill=\"#fff\"/>").append(content).append("</pattern>\n");
  }

  /** One row of months; returns the y below it. */
  private int drawRow(StringBuilder out, LocalDate rowStart, LocalDate rowEnd, double perDay, int top) {
    Set<Lane> lanes = lanesIn(rowStart, rowEnd);
    int laneTop = top + HEADER;
    StringBuilder laneText = new StringBuilder();
    for (Lane lane : lanes) {
      int tiers = drawLane(laneText, lane, rowStart, rowEnd, perDay, laneTop);
      laneTop += (lane == Lane.VISITS ? 14 : BAR + 3) + tiers * TIER + 4;
    }
    int bottom = laneTop;
    out.append("<g class=\"row\">\n");
    for (LocalDate month = rowStart; month.isBefore(rowEnd); month = month.plusMonths(1)) {
      double x = PLOT_LEFT + ChronoUnit.DAYS.between(rowStart, month) * perDay;
      out.append("<line x1=\"").append(fmt(x)).append("\" y1=\"").append(top + 2).append("\" x2=\"").append(fmt(x))
          .append("\" y2=\"").append(bottom).append("\" stroke=\"#777\" stroke-width=\"0.5\" stroke-dasharray=\"1 2\"/>\n");
      out.append("<text x=\"").append(fmt(x + 2)).append("\" y=\"").append(top + 11)
          .append("\" font-weight=\"bold\">").append(MONTH.format(month)).append("</text>\n");
    }
    laneTop = top + HEADER;
    for (Lane lane : lanes) {
      out.append("<text x=\"0\" y=\"").append(laneTop + 9).append("\">").append(lane.label).append("</text>\n");
      int tiers = tierCount(lane, rowStart, rowEnd, perDay);
      laneTop += (lane == Lane.VISITS ? 14 : BAR + 3) + tiers * TIER + 4;
    }
    out.append(laneText);
    out.append("</g>\n");
    return bottom;
  }

  private boolean sharesDayWithOtherPoint(Mark mark) {
    for (Mark other : marks) {
      if (other.series().point() && other.series() != mark.series() && other.days().from().equals(mark.days().from())) {
        return true;
      }
    }
    return false;
  }

  /** The lanes with something between the two days: an empty lane would only add height. */
  private Set<Lane> lanesIn(LocalDate rowStart, LocalDate rowEnd) {
    Set<Lane> lanes = EnumSet.noneOf(Lane.class);
    LocalDate rowLast = rowEnd.minusDays(1);
    for (Mark mark : marks) {
      if (!mark.days().to().isBefore(rowStart) && !mark.days().from().isAfter(rowLast)) {
        lanes.add(mark.series().lane);
      }
    }
    return lanes;
  }

  /** One line for months without anything planned; returns the y below it. */
  private int drawGap(StringBuilder out, LocalDate from, LocalDate toExclusive, int top) {
    out.append("<text x=\"").append(PLOT_LEFT).append("\" y=\"").append(top + 9).append("\" font-style=\"italic\">")
        .append("Nothing planned from ").append(MONTH.format(from)).append(" to ")
        .append(MONTH.format(toExclusive.minusMonths(1))).append("</text>\n");
    return top + 9 + ROW_GAP;
  }

  private int tierCount(Lane lane, LocalDate rowStart, LocalDate rowEnd, double perDay) {
    return drawLane(new StringBuilder(), lane, rowStart, rowEnd, perDay, 0);
  }

  /** Draws the lane's marks that fall in the row; returns how many label tiers it used. */
  private int drawLane(StringBuilder out, Lane lane, LocalDate rowStart, LocalDate rowEnd, double perDay, int top) {
    LocalDate rowLast = rowEnd.minusDays(1);
    List<Double> tierEnds = new ArrayList<>();
    int labelTop = top + (lane == Lane.VISITS ? 14 : BAR + 3);
    for (Mark mark : marks) {
      if (mark.series().lane != lane || mark.days().to().isBefore(rowStart) || mark.days().from().isAfter(rowLast)) {
        continue;
      }
      LocalDate from = mark.days().from().isBefore(rowStart) ? rowStart : mark.days().from();
      LocalDate to = mark.days().to().isAfter(rowLast) ? rowLast : mark.days().to();
      double x1 = PLOT_LEFT + ChronoUnit.DAYS.between(rowStart, from) * perDay;
      double x2 = PLOT_LEFT + (ChronoUnit.DAYS.between(rowStart, to) + 1) * perDay;
      Series series = mark.series();
      out.append("<g class=\"mark\" data-series=\"").append(series.id()).append("\"><title>")
          .append(Html.escape(mark.title())).append("</title>");
      double centre = (x1 + x2) / 2;
      if (series.point() && sharesDayWithOtherPoint(mark)) {
        centre += series == Series.VISIT ? -5 : 4; // side by side, not on top of each other
      }
      drawShape(out, series, x1, x2, centre, top);
      // The label goes once, in the row where the mark starts, on the first tier with room.
      if (series.labelled() && !mark.label().isEmpty() && !mark.days().from().isBefore(rowStart)) {
        double width = mark.label().length() * FONT * 0.56 + 4;
        double x = series.point() ? centre - width / 2 : x1;
        x = Math.max(PLOT_LEFT, Math.min(x, WIDTH - width));
        int tier = freeTier(tierEnds, x, width);
        out.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(labelTop + tier * TIER + 8).append("\">")
            .append(Html.escape(mark.label())).append("</text>");
      }
      out.append("</g>\n");
    }
    return tierEnds.size();
  }

  /** A session's dot, a visit's square, or a bar from {@code x1} to {@code x2} for a span. */
  private static void drawShape(StringBuilder out, Series series, double x1, double x2, double centre, int top) {
    if (series == Series.SESSION) {
      out.append("<circle cx=\"").append(fmt(centre)).append("\" cy=\"").append(top + 6)
          .append("\" r=\"4\" fill=\"").append(series.fill).append("\" stroke=\"#000\"/>");
    } else if (series == Series.VISIT) {
      out.append("<rect x=\"").append(fmt(centre - 4)).append("\" y=\"").append(top + 2)
          .append("\" width=\"8\" height=\"8\" fill=\"").append(series.fill)
          .append("\" stroke=\"#000\" stroke-width=\"1.5\"/>");
    } else {
      out.append("<rect x=\"").append(fmt(x1)).append("\" y=\"").append(top + 1).append("\" width=\"")
          .append(fmt(Math.max(1.5, x2 - x1))).append("\" height=\"").append(BAR).append("\" fill=\"")
          .append(series.fill).append("\" stroke=\"#000\" stroke-width=\"0.8\"");
      if (!"none".equals(series.dash)) {
        out.append(" stroke-dasharray=\"").append(series.dash).append('"');
      }
      out.append("/>");
    }
  }

  /**
   * The first label tier whose last label ends at or before {@code x}, a new one if none does; the
   * label from {@code x} of {@code width} then ends that tier.
   */
  private static int freeTier(List<Double> tierEnds, double x, double width) {
    int tier = 0;
    while (tier < tierEnds.size() && tierEnds.get(tier) > x) {
      tier++;
    }
    if (tier == tierEnds.size()) {
      tierEnds.add(0.0);
    }
    tierEnds.set(tier, x + width);
    return tier;
  }

  private int drawLegend(StringBuilder out, int top) {
    Set<Series> shown = EnumSet.noneOf(Series.class);
    for (Mark mark : marks) {
      shown.add(mark.series());
    }
    Map<Series, Integer> widths = new EnumMap<>(Series.class);
    for (Series series : shown) {
      widths.put(series, (int) (series.legend.length() * FONT * 0.56) + 30);
    }
    int x = 0;
    int y = top;
    out.append("<g class=\"legend\">\n");
    for (Series series : shown) {
      int width = widths.get(series);
      if (x + width > WIDTH) {
        x = 0;
        y += 16;
      }
      out.append("<g data-legend=\"").append(series.id()).append("\">");
      if (series == Series.SESSION) {
        out.append("<circle cx=\"").append(x + 8).append("\" cy=\"").append(y + 6).append("\" r=\"4\" fill=\"#000\" stroke=\"#000\"/>");
      } else if (series == Series.VISIT) {
        out.append("<rect x=\"").append(x + 4).append("\" y=\"").append(y + 2)
            .append("\" width=\"8\" height=\"8\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"1.5\"/>");
      } else {
        out.append("<rect x=\"").append(x).append("\" y=\"").append(y + 1).append("\" width=\"18\" height=\"")
            .append(BAR).append("\" fill=\"").append(series.fill).append("\" stroke=\"#000\" stroke-width=\"0.8\"");
        if (!"none".equals(series.dash)) {
          out.append(" stroke-dasharray=\"").append(series.dash).append('"');
        }
        out.append("/>");
      }
      out.append("<text x=\"").append(x + 22).append("\" y=\"").append(y + 9).append("\">")
          .append(Html.escape(series.legend)).append("</text></g>\n");
      x += width;
    }
    out.append("</g>\n");
    return y + 16;
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
