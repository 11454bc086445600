package org.regimen.plan;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;
import org.regimen.request.BodyArea;

/**
 * An area left out of the plan, with the code of the finding that removed it. In a combined plan it
 * is left out of the named treatment's sessions only.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface ExcludedArea {
  /** {@return the area left out} */
  @Value.Parameter
  @Value.Redacted
  BodyArea area();

  /** {@return the code of the finding that left it out, e.g. {@code ACTIVE_INFECTION}} */
  @Value.Parameter
  @Value.Redacted
  String code();

  /** {@return the module id of the treatment that leaves the area out, only in a combined plan} */
  @Value.Redacted
  Optional<String> treatment();

  /**
   * {@return an area left out by a finding}
   *
   * @param area the area left out
   * @param code the finding's code
   */
  static ExcludedArea of(BodyArea area, String code) {
    return ImmutableExcludedArea.of(area, code);
  }
}
