package org.regimen.testing;

import java.util.Set;
import org.regimen.planning.InstructionConcerns;
import org.regimen.request.EventKind;

/**
 * The instruction codes that conflict with an event of a kind (instruction-concerns.json), for
 * therapy modules' tests: core does not export its planning package, so a test compiled into a
 * therapy's named module reads the table through this kit, which is on the class path.
 */
public final class EventConflicts {
  private EventConflicts() {}

  /** The codes of the dated instructions that must not overlap an event of {@code kind}. */
  public static Set<String> instructions(EventKind kind) {
    return InstructionConcerns.standard().event(kind).instructions();
  }
}
