package org.regimen.treatment.plasma;

import org.regimen.protocol.Protocol;
import org.regimen.protocol.ProtocolLoader;
import org.regimen.spi.SpiVersion;
import org.regimen.spi.TreatmentModule;

/**
 * Plasma therapy (plasmolifting): micro-injections of the patient's own blood plasma (document 004).
 * Its twelve contraindications, required laboratory tests, consultation visit, timed preparation,
 * morning sessions on an empty stomach and one-week aftercare are all data in {@code protocol.json};
 * this class only loads it (the core keeps each course to its own areas).
 */
public final class PlasmaModule implements TreatmentModule {
  static final String PROTOCOL = "org/regimen/treatment/plasma/protocol.json";

  private final Protocol protocol = ProtocolLoader.load(PlasmaModule.class, PROTOCOL);

  @Override
  public String spiVersion() {
    return SpiVersion.CURRENT;
  }

  @Override
  public Protocol protocol() {
    return protocol;
  }
}
