package org.regimen.privacy;

import java.util.List;
import org.regimen.Regimen;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.ProtocolLoader;
import org.regimen.spi.TreatmentModule;

/**
 * A treatment module made from core's sample protocol (id {@code sample-prp}), so the privacy
 * tests plan real requests without a treatment module on core's class path. Its rules raise
 * findings with dates (antibiotic courses, laboratory tests, menstruation) and exclude areas, which
 * gives a plan every kind of patient value to leak.
 */
public final class SampleModule implements TreatmentModule {
  static final String ID = "sample-prp";

  private static final Protocol PROTOCOL =
      ProtocolLoader.load(SampleModule.class, "org/regimen/protocol/sample-protocol.json");

  /** Regimen with this module only. */
  static final Regimen REGIMEN = Regimen.of(TreatmentCatalog.of(List.of(new SampleModule())));

  @Override
  public Protocol protocol() {
    return PROTOCOL;
  }
}
