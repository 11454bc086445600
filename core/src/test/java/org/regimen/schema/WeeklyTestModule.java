package org.regimen.schema;

import org.regimen.protocol.Protocol;
import org.regimen.protocol.ProtocolLoader;
import org.regimen.spi.TreatmentModule;

/**
 * The consultation tests' weekly therapy (consult/weekly-protocol.json), here for combined plans
 * and for comparisons with alternatives.
 */
final class WeeklyTestModule implements TreatmentModule {
  static final String ID = "weekly";
  private static final Protocol PROTOCOL =
      ProtocolLoader.load(WeeklyTestModule.class, "org/regimen/consult/weekly-protocol.json");

  @Override
  public Protocol protocol() {
    return PROTOCOL;
  }
}
