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
  @Value.Redacted
  Condition code();

  /** Absent: not known, judged as {@link ConditionStatus#ACTIVE}. */
  @Value.Redacted
  Optional<ConditionStatus> status();

  /** The day the status has held since (a remission's first day, a diagnosis); not after asOf. */
  @Value.Redacted
  Optional<LocalDate> since();

  static ConditionDetail of(Condition code, ConditionStatus status) {
    return ImmutableConditionDetail.builder().code(code).status(status).build();
  }

  static ImmutableConditionDetail.Builder builder() {
    return ImmutableConditionDetail.builder();
  }
}
