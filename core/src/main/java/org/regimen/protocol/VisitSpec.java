package org.regimen.protocol;

import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;
import org.regimen.plan.VisitKind;

/**
 * A visit before session 1 that is not a treatment session (a consultation where tests are
 * ordered): it goes on the first day the clinic and the patient can, and session 1 comes at least
 * {@code daysBeforeFirstSession} days after it (for example, the time results take to come back).
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface VisitSpec {
  /** {@return what kind of visit it is} */
  VisitKind kind();

  /** {@return what the visit is for, in plain words} */
  String purpose();

  /**
   * {@return the fewest days between the visit and session 1, e.g. the time results take to come
   * back}
   */
  Sourced<Integer> daysBeforeFirstSession();

  /** {@return the source and its words} */
  Basis basis();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableVisitSpec.Builder builder() {
    return ImmutableVisitSpec.builder();
  }
}
