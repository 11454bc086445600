package org.regimen.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.dates.DateRange;
import org.regimen.internal.RegimenStyle;
import org.regimen.request.BodyArea;

/**
 * One treatment session on a real date.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Session {
  /** {@return the session's 1-based position in the course} */
  @Value.Redacted
  int number();

  /** {@return the module id, only in a combined plan} */
  @Value.Redacted
  Optional<String> treatment();

  /** {@return the day of the session (of its first visit, for a split session)} */
  @Value.Redacted
  LocalDate date();

  /** {@return the treatment time, in minutes} */
  @Value.Redacted
  int minutes();

  /** {@return the whole visit: treatment plus the protocol's preparation and recovery overhead} */
  @Value.Redacted
  int visitMinutes();

  /** {@return when in the day the session is booked: any time, or the morning} */
  @Value.Redacted
  TimeOfDay timeOfDay();

  /**
   * {@return hours without food before the session, where the protocol asks for an empty stomach}
   */
  @Value.Redacted
  Optional<Integer> fastingHours();

  /** {@return the areas treated (on the first visit, for a split session)} */
  @Value.Redacted
  List<BodyArea> areas();

  /**
   * {@return the further visits of a session split over several days (more areas than one visit
   * takes); empty for a session of one visit. {@link #date()}, {@link #areas()}, {@link #minutes()}
   * and {@link #visitMinutes()} describe the first visit; the session counts once in the course}
   */
  @Value.Redacted
  List<SessionVisit> furtherVisits();

  /** {@return where tissue is harvested, for therapies that harvest (stem cells)} */
  @Value.Redacted
  Optional<BodyArea> harvestSite();

  /**
   * {@return who may give the session, as the protocol names them, e.g. {@code REGISTERED_NURSE}}
   */
  @Value.Redacted
  List<String> practitioners();

  /**
   * {@return the steps of the session in order, as the protocol names them, e.g. {@code
   * BLOOD_DRAW}}
   */
  @Value.Redacted
  List<String> steps();

  /** {@return the plain texts for the practitioner} */
  @Value.Redacted
  List<String> notes();

  /** {@return the days of downtime after the session, where the protocol has any} */
  @Value.Redacted
  Optional<DateRange> downtime();

  /** {@return the preparation instructions for the days before the session} */
  @Value.Redacted
  List<DatedInstruction> before();

  /** {@return the aftercare instructions for the days after the session} */
  @Value.Redacted
  List<DatedInstruction> after();

  /**
   * {@return true when the plan's status means the session must not be booked yet or needs
   * clearance}
   */
  @Value.Redacted
  boolean tentative();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableSession.Builder builder() {
    return ImmutableSession.builder();
  }
}
