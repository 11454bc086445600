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
  @Value.Redacted
  @Value.Parameter
  BodyArea area();

  @Value.Redacted
  @Value.Parameter
  AreaCondition finding();

  static AreaFinding of(BodyArea area, AreaCondition finding) {
    return ImmutableAreaFinding.of(area, finding);
  }
}
