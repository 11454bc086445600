package org.regimen.treatment.stemcell;

import java.util.List;
import org.regimen.plan.Finding;
import org.regimen.protocol.Course;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.ProtocolLoader;
import org.regimen.request.TreatmentRequest;
import org.regimen.spi.SpiVersion;
import org.regimen.spi.TreatmentModule;

/**
 * Autologous adipose-derived stem cell injections for stretch marks (document 001). Everything the
 * therapy knows is in {@code protocol.json}. The one thing data cannot say is what happens when no
 * usual harvest site is free: {@link #screen} then asks the practitioner to choose another donor
 * site (see {@link HarvestSiteCheck}).
 */
public final class StemCellModule implements TreatmentModule {
  static final String PROTOCOL = "org/regimen/treatment/stemcell/protocol.json";

  private final Protocol protocol = ProtocolLoader.load(StemCellModule.class, PROTOCOL);

  @Override
  public String spiVersion() {
    return SpiVersion.CURRENT;
  }

  @Override
  public Protocol protocol() {
    return protocol;
  }

  @Override
  public List<Finding> screen(TreatmentRequest request, Course course) {
    return HarvestSiteCheck.check(protocol, course, request).map(List::of).orElse(List.of());
  }
}
