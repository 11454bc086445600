package org.regimen.request;

import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * The practitioner's assessment of one body area where it differs from the general one:
 * for that area, its severity replaces {@link Assessment#severity()}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface AreaAssessment {
  /** {@return the area assessed; one of the request's (or the part's) areas} */
  @Value.Redacted
  @Value.Parameter
  BodyArea area();

  /** {@return the severity in this area} */
  @Value.Redacted
  @Value.Parameter
  Severity severity();

  /**
   * {@return the severity of the marks in one area}
   *
   * @param area the area assessed, one of the request's (or the part's) areas
   * @param severity the severity in that area
   */
  static AreaAssessment of(BodyArea area, Severity severity) {
    return ImmutableAreaAssessment.of(area, severity);
  }
}
