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

  @Value.Redacted
  LocalDate date();

  /** {@return the treatment time, in minutes} */
  @Value.Redacted
  int minutes();

  /** {@return the whole visit: treatment plus the protocol's preparation and recovery overhead} */
  @Value.Redacted
  int visitMinutes();

  @Value.Redacted
  TimeOfDay timeOfDay();

  /** {@return hours without food before the session, where the protocol asks for an empty stomach} */
  @Value.Redacted
  Optional<Integer> fastingHours();

  @Value.Redacted
  List<BodyArea> areas();

  /**
   * {@return the further visits of a session split over several days (more areas than one visit takes);
   * empty for a session of one visit. {@link #date()}, {@link #areas()}, {@link #minutes()} and
   * {@link #visitMinutes()} describe the first visit; the session counts once in the course}
   */
  @Value.Redacted
  List<SessionVisit> furtherVisits();

  /** {@return where tissue is harvested, for therapies that harvest (stem cells)} */
  @Value.Redacted
  Optional<BodyArea> harvestSite();

  @Value.Redacted
  List<String> practitioners();

  @Value.Redacted
  List<String> steps();

  /** {@return the plain texts for the practitioner} */
  @Value.Redacted
  List<String> notes();

  /** {@return the days of downtime after the session, where the protocol has any} */
  @Value.Redacted
  Optional<DateRange> downtime();

  @Value.Redacted
  List<DatedInstruction> before();

  @Value.Redacted
  List<DatedInstruction> after();

  /** {@return true when the plan's status means the session must not be booked yet or needs clearance} */
  @Value.Redacted
  boolean tentative();

  static ImmutableSession.Builder builder() {
    return ImmutableSession.builder();
  }
}
