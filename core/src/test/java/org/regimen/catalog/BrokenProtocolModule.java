package org.regimen.catalog;

import org.regimen.protocol.Protocol;
import org.regimen.protocol.ProtocolLoader;
import org.regimen.spi.TreatmentModule;

/** A module whose protocol document is broken: the catalog must refuse to load it. */
public final class BrokenProtocolModule implements TreatmentModule {
  private final Protocol protocol =
      ProtocolLoader.load(BrokenProtocolModule.class, "org/regimen/catalog/broken-protocol.json");

  @Override
  public Protocol protocol() {
    return protocol;
  }
}
