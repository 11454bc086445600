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
  /** {@return the constraint that could not be met} */
  @Value.Redacted
  ConstraintKind constraint();

  /** {@return the session it concerns; absent when it concerns the whole plan} */
  @Value.Redacted
  Optional<Integer> session();

  /** {@return what could not be met and why, in plain words for the practitioner} */
  @Value.Redacted
  String text();

  /** {@return the module id of the treatment this belongs to, only in a combined plan} */
  @Value.Redacted
  Optional<String> treatment();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableConflict.Builder builder() {
    return ImmutableConflict.builder();
  }
}
