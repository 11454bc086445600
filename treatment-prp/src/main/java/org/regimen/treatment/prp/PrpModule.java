package org.regimen.treatment.prp;

import org.regimen.protocol.Protocol;
import org.regimen.protocol.ProtocolLoader;
import org.regimen.spi.SpiVersion;
import org.regimen.spi.TreatmentModule;

/**
 * Platelet-rich plasma injections: stretch marks (document 000) and skin tightening and
 * rejuvenation (document 003), as two courses of one protocol chosen by the indication. Everything
 * PRP knows is in {@code protocol.json}; this class only loads it.
 */
public final class PrpModule implements TreatmentModule {
  static final String PROTOCOL = "org/regimen/treatment/prp/protocol.json";

  private final Protocol protocol = ProtocolLoader.load(PrpModule.class, PROTOCOL);

  @Override
  public String spiVersion() {
    return SpiVersion.CURRENT;
  }

  @Override
  public Protocol protocol() {
    return protocol;
  }
}
