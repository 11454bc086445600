package org.regimen.planning;

import org.regimen.protocol.Protocol;
import org.regimen.protocol.ProtocolLoader;
import org.regimen.spi.TreatmentModule;

/** A therapy made for the planner's tests: every optional part of a course, with known numbers. */
public final class PlannerTestModule implements TreatmentModule {
  static final Protocol PROTOCOL =
      ProtocolLoader.load(PlannerTestModule.class, "org/regimen/planning/planner-protocol.json");

  @Override
  public Protocol protocol() {
    return PROTOCOL;
  }
}
