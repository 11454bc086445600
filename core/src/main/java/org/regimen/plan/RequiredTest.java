package org.regimen.plan;

import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;
import org.regimen.request.LabTest;

/**
 * A laboratory test to order before session 1.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface RequiredTest {
  @Value.Parameter
  @Value.Redacted
  LabTest test();

  @Value.Parameter
  @Value.Redacted
  RequiredTestReason reason();

  static RequiredTest of(LabTest test, RequiredTestReason reason) {
    return ImmutableRequiredTest.of(test, reason);
  }
}
