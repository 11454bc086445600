package org.regimen.request;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * The practitioner's assessment of any indication: its severity, which
 * chooses the course where the protocol has rows for it and answers the rules that ask for it. For
 * stretch marks and laxity, {@code striae} and {@code laxity} stay as they are; a severity given in
 * both places must agree. Where one area's marks differ from another's, {@link #areas()} gives the
 * severity of those areas; it replaces the general severity for its area, and the course follows
 * the most severe of the areas planned.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Assessment {
  /** {@return the severity of the indication as assessed; absent when not assessed} */
  @Value.Redacted
  Optional<Severity> severity();

  /**
   * {@return per-area severities, each replacing {@link #severity()} for its area; empty when none
   * differs}
   */
  List<AreaAssessment> areas();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableAssessment.Builder builder() {
    return ImmutableAssessment.builder();
  }
}
