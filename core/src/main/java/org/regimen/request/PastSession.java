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
  /**
   * {@return the module id of the treatment given (a treatment not installed here is another
   * course)}
   */
  String treatment();

  /** {@return the day of the session; never after the request's {@code asOf}} */
  @Value.Redacted
  LocalDate date();

  /**
   * {@return the areas treated; empty when not recorded (then it is taken as this course's
   * session)}
   */
  @Value.Redacted
  List<BodyArea> areas();

  /**
   * {@return the risk codes seen after the session (e.g. {@code BRUISING}): expected effects, shown
   * only}
   */
  @Value.Redacted
  List<String> reactions();

  /** {@return the adverse events after the session; each becomes a finding} */
  @Value.Redacted
  List<AdverseEvent> adverse();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutablePastSession.Builder builder() {
    return ImmutablePastSession.builder();
  }

  /**
   * {@return a session of {@code treatment} on {@code date} in {@code areas}, with nothing recorded
   * after it}
   *
   * @param treatment the module id of the treatment given
   * @param date the day of the session
   * @param areas the areas treated; empty when not recorded
   */
  static PastSession of(String treatment, LocalDate date, List<BodyArea> areas) {
    return builder().treatment(treatment).date(date).areas(areas).build();
  }
}
