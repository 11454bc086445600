package org.regimen.treatment.mesotherapy;

import org.regimen.protocol.Protocol;
import org.regimen.protocol.ProtocolLoader;
import org.regimen.spi.SpiVersion;
import org.regimen.spi.TreatmentModule;

/**
 * Mesotherapy micro-injections for stretch marks (document 002): weekly sessions, a course of 10
 * for recent red or purple marks and about 6 months for white ones, the breast never treated.
 * Everything mesotherapy knows is in {@code protocol.json}, including the choice of course by the
 * stage of the marks (session rules) and the result windows that differ by stage; this class only
 * loads it.
 */
public final class MesotherapyModule implements TreatmentModule {
  static final String PROTOCOL = "org/regimen/treatment/mesotherapy/protocol.json";

  private final Protocol protocol = ProtocolLoader.load(MesotherapyModule.class, PROTOCOL);

  @Override
  public String spiVersion() {
    return SpiVersion.CURRENT;
  }

  @Override
  public Protocol protocol() {
    return protocol;
  }
}
