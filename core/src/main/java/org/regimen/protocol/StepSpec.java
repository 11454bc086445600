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
  String code();

  @Value.Default
  default boolean optional() {
    return false;
  }

  Basis basis();

  static ImmutableStepSpec.Builder builder() {
    return ImmutableStepSpec.builder();
  }
}
