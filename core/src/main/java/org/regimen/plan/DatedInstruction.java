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

  /** {@return the days the instruction holds, both ends included} */
  @Value.Redacted
  DateRange days();

  /** {@return the instruction, in the plan's language, for the patient} */
  @Value.Redacted
  String text();

  /**
   * {@return the source the instruction comes from: a document's file name, a publication, or
   * {@code regimen-default}}
   */
  @Value.Redacted
  String source();

  /** {@return the source's exact words; absent where the protocol quotes none} */
  @Value.Redacted
  Optional<String> sourceWords();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableDatedInstruction.Builder builder() {
    return ImmutableDatedInstruction.builder();
  }
}
