package org.regimen.plan;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.dates.DateRange;
import org.regimen.internal.RegimenStyle;

/**
 * Something the patient does (or avoids) on the days given, before or after a session.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface DatedInstruction {
  /** {@return the stable code of the instruction in its protocol (e.g. {@code AVOID_SUN})} */
  @Value.Redacted
  String code();

  @Value.Redacted
  DateRange days();

  @Value.Redacted
  String text();

  @Value.Redacted
  String source();

  @Value.Redacted
  Optional<String> sourceWords();

  static ImmutableDatedInstruction.Builder builder() {
    return ImmutableDatedInstruction.builder();
  }
}
