package org.regimen.request;

import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * A finding in one body area, such as an active infection.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface AreaFinding {
  /** {@return the body area the finding is in} */
  @Value.Redacted
  @Value.Parameter
  BodyArea area();

  /** {@return what was found in the area} */
  @Value.Redacted
  @Value.Parameter
  AreaCondition finding();

  /**
   * {@return a finding of {@code finding} in {@code area}}
   *
   * @param area the body area
   * @param finding what was found there
   */
  static AreaFinding of(BodyArea area, AreaCondition finding) {
    return ImmutableAreaFinding.of(area, finding);
  }
}
