package org.regimen.protocol;

import org.immutables.value.Value;
import org.regimen.RegimenStyle;

/**
 * A preparation or aftercare instruction. Preparation runs from {@code span.max} days before the
 * session to the day before it ({@code span} of 0 days: the session day itself); aftercare from the
 * session day for {@code span.max} days. The safe end of a vague range is always used.
 */
@Value.Immutable
@RegimenStyle
public interface InstructionSpec {
  String code();

  String text();

  /** FIRST_SESSION or EACH_SESSION. */
  Anchor anchor();

  Span span();

  Basis basis();

  /**
   * An aftercare instruction that forbids other professional procedures while it runs: in a
   * combined plan no other therapy's session falls inside its dated window.
   */
  @Value.Default
  default boolean blocksProcedures() {
    return false;
  }

  static ImmutableInstructionSpec.Builder builder() {
    return ImmutableInstructionSpec.builder();
  }
}
