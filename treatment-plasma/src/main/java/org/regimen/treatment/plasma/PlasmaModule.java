package org.regimen.treatment.plasma;

import java.util.List;
import org.regimen.plan.Finding;
import org.regimen.protocol.Course;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.ProtocolLoader;
import org.regimen.request.TreatmentRequest;
import org.regimen.spi.TreatmentModule;

/**
 * Plasma therapy (plasmolifting): micro-injections of the patient's own blood plasma (document 004).
 * Its twelve contraindications, required laboratory tests, consultation visit, timed preparation,
 * morning sessions on an empty stomach and one-week aftercare are all data in {@code protocol.json};
 * this class loads it and keeps each course to its own areas ({@link CourseAreas}).
 */
public final class PlasmaModule implements TreatmentModule {
  static final String PROTOCOL = "org/regimen/treatment/plasma/protocol.json";

  private final Protocol protocol = ProtocolLoader.load(PlasmaModule.class, PROTOCOL);

  @Override
  public Protocol protocol() {
    return protocol;
  }

  /** Requested areas the chosen course does not offer are left out (area-scoped findings). */
  @Override
  public List<Finding> screen(TreatmentRequest request, Course course) {
    return CourseAreas.outside(protocol, course, request);
  }
}
