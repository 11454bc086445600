package org.regimen.plan;

import org.immutables.value.Value;
import org.regimen.RegimenStyle;

/** Which treatment module and protocol version made a plan. */
@Value.Immutable
@RegimenStyle
public interface TreatmentRef {
  @Value.Parameter
  @Value.Redacted
  String id();

  @Value.Parameter
  @Value.Redacted
  String name();

  @Value.Parameter
  @Value.Redacted
  String protocolVersion();

  static TreatmentRef of(String id, String name, String protocolVersion) {
    return ImmutableTreatmentRef.of(id, name, protocolVersion);
  }
}
