package org.regimen.protocol;

import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * One step of the procedure, as a stable code.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface StepSpec {
  /** {@return the step's stable code, e.g. {@code BLOOD_DRAW}} */
  String code();

  /** {@return true for a step the practitioner may leave out} */
  @Value.Default
  default boolean optional() {
    return false;
  }

  /** {@return the step's source and its words} */
  Basis basis();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableStepSpec.Builder builder() {
    return ImmutableStepSpec.builder();
  }
}
