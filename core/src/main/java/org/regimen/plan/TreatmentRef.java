package org.regimen.plan;

import org.immutables.value.Value;
import org.regimen.RegimenStyle;

/** Which treatment module and protocol version made a plan. */
@Value.Immutable
@RegimenStyle
public interface TreatmentRef {
  @Value.Parameter
  String id();

  @Value.Parameter
  String name();

  @Value.Parameter
  String protocolVersion();

  static TreatmentRef of(String id, String name, String protocolVersion) {
    return ImmutableTreatmentRef.of(id, name, protocolVersion);
  }
}
