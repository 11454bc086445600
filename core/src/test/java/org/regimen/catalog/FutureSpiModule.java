package org.regimen.catalog;

import org.regimen.protocol.Protocol;
import org.regimen.spi.TreatmentModule;

/** A module as if compiled against a future core whose SPI is 2.0. */
public final class FutureSpiModule implements TreatmentModule {
  @Override
  public String spiVersion() {
    return "2.0";
  }

  @Override
  public Protocol protocol() {
    return CopyOfPrpIdModule.PROTOCOL;
  }
}
