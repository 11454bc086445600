package org.regimen.request;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * What is known of one recorded condition beyond its presence: its status and the day it has held
 * since. The JSON form {@code { "code", "status", "since" }}; its code is also among the patient's
 * {@link PatientProfile#conditions()}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface ConditionDetail {
  /**
   * {@return the condition this detail is about; the same code is also in {@link
   * PatientProfile#conditions()}}
   */
  @Value.Redacted
  Condition code();

  /**
   * {@return the condition's status; absent when not known, and then judged as {@link
   * ConditionStatus#ACTIVE}}
   */
  @Value.Redacted
  Optional<ConditionStatus> status();

  /**
   * {@return the day the status has held since (a remission's first day, a diagnosis); not after
   * asOf}
   */
  @Value.Redacted
  Optional<LocalDate> since();

  /**
   * {@return the condition {@code code} with its {@code status}, since-when not known}
   *
   * @param code the condition
   * @param status its status
   */
  static ConditionDetail of(Condition code, ConditionStatus status) {
    return ImmutableConditionDetail.builder().code(code).status(status).build();
  }

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableConditionDetail.Builder builder() {
    return ImmutableConditionDetail.builder();
  }
}
