package org.regimen.plan;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;
import org.regimen.request.BodyArea;

/**
 * A further visit of a session split over several days: the session's areas are more than one
 * visit takes (the protocol's limit of areas per visit, or the clinic's longest visit). The session
 * itself is its first visit; each further visit treats its own areas on its own day.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface SessionVisit {
  /** {@return the day of this further visit; later than the visit before it} */
  @Value.Redacted
  LocalDate date();

  /** {@return the areas treated on this visit} */
  @Value.Redacted
  List<BodyArea> areas();

  /** {@return the treatment time of this visit, in minutes} */
  @Value.Redacted
  int minutes();

  /** {@return the whole visit: treatment plus the protocol's preparation and recovery overhead} */
  @Value.Redacted
  int visitMinutes();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableSessionVisit.Builder builder() {
    return ImmutableSessionVisit.builder();
  }
}
