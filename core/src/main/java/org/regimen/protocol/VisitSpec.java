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
  VisitKind kind();

  String purpose();

  Sourced<Integer> daysBeforeFirstSession();

  Basis basis();

  static ImmutableVisitSpec.Builder builder() {
    return ImmutableVisitSpec.builder();
  }
}
