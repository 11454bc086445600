package org.regimen.plan;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * A constraint the plan could not meet; with no session number it concerns the whole plan.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Conflict {
  @Value.Redacted
  ConstraintKind constraint();

  @Value.Redacted
  Optional<Integer> session();

  @Value.Redacted
  String text();

  /** {@return the module id of the treatment this belongs to, only in a combined plan} */
  @Value.Redacted
  Optional<String> treatment();

  static ImmutableConflict.Builder builder() {
    return ImmutableConflict.builder();
  }
}
