package org.regimen.catalog;

import org.regimen.protocol.Protocol;
import org.regimen.protocol.ProtocolLoader;
import org.regimen.spi.TreatmentModule;

/** A valid module whose id clashes with {@link SecondModuleWithSameId}. */
public final class CopyOfPrpIdModule implements TreatmentModule {
  static final Protocol PROTOCOL =
      ProtocolLoader.load(CopyOfPrpIdModule.class, "org/regimen/catalog/minimal-protocol.json");

  @Override
  public Protocol protocol() {
    return PROTOCOL;
  }
}
