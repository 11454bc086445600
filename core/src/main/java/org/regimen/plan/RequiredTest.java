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
  /** {@return the test to do before session 1} */
  @Value.Parameter
  @Value.Redacted
  LabTest test();

  /** {@return why: missing, too old, or indeterminate} */
  @Value.Parameter
  @Value.Redacted
  RequiredTestReason reason();

  /**
   * {@return a test to do before session 1}
   *
   * @param test the test
   * @param reason why it is needed
   */
  static RequiredTest of(LabTest test, RequiredTestReason reason) {
    return ImmutableRequiredTest.of(test, reason);
  }
}
