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
  @Value.Parameter
  @Value.Redacted
  BodyArea area();

  @Value.Parameter
  @Value.Redacted
  String code();

  /** {@return the module id of the treatment that leaves the area out, only in a combined plan} */
  @Value.Redacted
  Optional<String> treatment();

  static ExcludedArea of(BodyArea area, String code) {
    return ImmutableExcludedArea.of(area, code);
  }
}
