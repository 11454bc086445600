package org.regimen.request;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * One session the patient already had, as the clinic recorded it: which treatment, when, where, and
 * what followed it. {@code toString()} shows nothing of it.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface PastSession {
  /** Module id of the treatment given (a treatment not installed here is another course). */
  String treatment();

  /** The day of the session; never after the request's {@code asOf}. */
  @Value.Redacted
  LocalDate date();

  /** Areas treated; empty when not recorded (then it is taken as this course's session). */
  @Value.Redacted
  List<BodyArea> areas();

  /** Risk codes seen after the session (e.g. {@code BRUISING}): expected effects, shown only. */
  @Value.Redacted
  List<String> reactions();

  /** Adverse events after the session; each becomes a finding. */
  @Value.Redacted
  List<AdverseEvent> adverse();

  static ImmutablePastSession.Builder builder() {
    return ImmutablePastSession.builder();
  }

  /** A session of {@code treatment} on {@code date} in {@code areas}, with nothing recorded after it. */
  static PastSession of(String treatment, LocalDate date, List<BodyArea> areas) {
    return builder().treatment(treatment).date(date).areas(areas).build();
  }
}
