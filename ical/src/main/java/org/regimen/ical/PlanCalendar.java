package org.regimen.ical;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.TreatmentRequest;

/**
 * A plan as an iCalendar file (RFC 5545) for the patient's own calendar: one {@code VEVENT} per
 * session and per visit, and on each session a {@code VALARM} for each day on which dated
 * preparation starts. A plan with no session and no visit gives one {@code VJOURNAL} note on {@code
 * asOf} saying that no date is planned (RFC 5545 asks for at least one component).
 *
 * <p>Sessions are all-day events (the plan gives a day, not a time; the visit's length is in the
 * description and in {@code X-REGIMEN-VISIT-MINUTES}), unless the caller knows the booked time and
 * sets it with {@link #withSessionStart}: then a session starts at that floating local time and
 * lasts its {@code visitMinutes} ({@code DURATION}). RFC 5545 allows only whole days or weeks as
 * the duration of an event that starts on a date, which is why minutes need a time.
 *
 * <p>Only patient-facing texts enter the calendar: treatment name, areas, visit length, the dated
 * instructions and the visit purposes. Finding codes, practitioner notes, risks and sources stay
 * out. The output is a function of the request and the plan alone: {@code DTSTAMP} is the request's
 * {@code asOf} at midnight UTC, never the clock, and event UIDs are stable ({@link EventUids}).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PlanCalendar {
  static final String PRODUCT_ID = "-//Regimen//Regimen iCalendar export//EN";

  private final TreatmentRequest request;
  private final TreatmentPlan plan;
  private final Optional<LocalTime> sessionStart;

  private PlanCalendar(TreatmentRequest request, TreatmentPlan plan, Optional<LocalTime> sessionStart) {
    this.request = request;
    this.plan = plan;
    this.sessionStart = sessionStart;
  }

  /**
   * The calendar of {@code plan}: one event per session (all-day until {@link #withSessionStart}
   * books an hour) and the dated instructions.
   *
   * @param request the request the plan was made from, not null: gives {@code asOf}, the id and the
   *     clinic
   * @param plan the plan, not null
   * @throws IllegalArgumentException if the plan's id is not the request's id
   * @return the calendar of the plan's sessions and dated instructions
   */
  public static PlanCalendar of(TreatmentRequest request, TreatmentPlan plan) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(plan, "plan");
    if (!request.id().equals(plan.id())) {
      throw new IllegalArgumentException("plan.id: the plan was not made from this request");
    }
    return new PlanCalendar(request, plan, Optional.empty());
  }

  /**
   * The same calendar with each session starting at {@code start} (floating local time, the
   * clinic's wall clock) and lasting its visit minutes.
   *
   * @param start the booked start of every session, not null
   * @return a new calendar; this one is unchanged
   */
  public PlanCalendar withSessionStart(LocalTime start) {
    return new PlanCalendar(request, plan, Optional.of(Objects.requireNonNull(start, "start")));
  }

  /** {@return the calendar as an ical4j object} */
  public Calendar toCalendar() {
    Labels labels = Labels.forLanguage(plan.language());
    DtStamp stamp = new DtStamp(request.asOf().atStartOfDay().toInstant(ZoneOffset.UTC));
    EventUids uids = new EventUids(request.id().orElse("asOf-" + request.asOf()));
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT_ID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    PlanEvents events = new PlanEvents(plan, request.clinic(), labels, uids, stamp, sessionStart);
    events.sessions().forEach(calendar::add);
    events.visits().forEach(calendar::add);
    events.nothingPlanned(request.asOf()).ifPresent(calendar::add);
    return calendar;
  }

  /** {@return the iCalendar text, with CRLF line ends and folded lines as RFC 5545 asks} */
  public String toIcs() {
    StringWriter out = new StringWriter();
    write(out);
    return out.toString();
  }

  /**
   * Writes the iCalendar text in UTF-8; does not close {@code out}. (ical4j's outputter closes the
   * writer it is given, hence the text first.)
   *
   * @param out the stream written to; left open
   */
  public void write(OutputStream out) {
    try {
      out.write(toIcs().getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(Writer writer) {
    try {
      new CalendarOutputter(true).output(toCalendar(), writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      // Our own output broke RFC 5545: a bug here, never the caller's input.
      throw new IllegalStateException("the calendar does not validate against RFC 5545", e);
    }
  }
}
