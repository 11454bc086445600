package org.regimen.plan;

import org.immutables.value.Value;
import org.regimen.RegimenStyle;
import org.regimen.request.BodyArea;

/** An area left out of the plan, with the code of the finding that removed it. */
@Value.Immutable
@RegimenStyle
public interface ExcludedArea {
  @Value.Parameter
  BodyArea area();

  @Value.Parameter
  String code();

  static ExcludedArea of(BodyArea area, String code) {
    return ImmutableExcludedArea.of(area, code);
  }
}
