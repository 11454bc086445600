package org.regimen.catalog;

import org.regimen.protocol.Protocol;
import org.regimen.spi.TreatmentModule;

/** Declares the same protocol, so the same id, as {@link CopyOfPrpIdModule}. */
public final class SecondModuleWithSameId implements TreatmentModule {
  @Override
  public Protocol protocol() {
    return CopyOfPrpIdModule.PROTOCOL;
  }
}
