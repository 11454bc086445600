package org.regimen.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.RegimenStyle;
import org.regimen.dates.DateRange;
import org.regimen.request.BodyArea;

/** One treatment session on a real date. */
@Value.Immutable
@RegimenStyle
public interface Session {
  /** 1-based position in the course. */
  int number();

  /** Module id, only in a combined plan. */
  Optional<String> treatment();

  LocalDate date();

  /** Treatment time. */
  int minutes();

  /** The whole visit: treatment plus the protocol's preparation and recovery overhead. */
  int visitMinutes();

  TimeOfDay timeOfDay();

  /** Hours without food before the session, where the protocol asks for an empty stomach. */
  Optional<Integer> fastingHours();

  List<BodyArea> areas();

  /** Where tissue is harvested, for therapies that harvest (stem cells). */
  Optional<BodyArea> harvestSite();

  List<String> practitioners();

  List<String> steps();

  /** Plain texts for the practitioner. */
  List<String> notes();

  /** Days of downtime after the session, where the protocol has any. */
  Optional<DateRange> downtime();

  List<DatedInstruction> before();

  List<DatedInstruction> after();

  /** True when the plan's status means the session must not be booked yet or needs clearance. */
  boolean tentative();

  static ImmutableSession.Builder builder() {
    return ImmutableSession.builder();
  }
}
