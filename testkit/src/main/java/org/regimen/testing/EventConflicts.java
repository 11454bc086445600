package org.regimen.testing;

import java.util.Set;
import org.regimen.planning.InstructionConcerns;
import org.regimen.request.EventKind;

/**
 * The instruction codes that conflict with an event of a kind (instruction-concerns.json), for
 * therapy modules' tests: core does not export its planning package (only to this kit, for the
 * module path), so a therapy's test reads the table through here.
 *
 * @since 0.1.0
 */
public final class EventConflicts {
  private EventConflicts() {}

  /**
   * The instructions an event must not meet.
   *
   * @param kind a kind of event in the patient's calendar
   * @return the codes of the dated instructions that must not overlap an event of {@code kind}
   */
  public static Set<String> instructions(EventKind kind) {
    return InstructionConcerns.standard().event(kind).instructions();
  }
}
