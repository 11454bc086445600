package org.regimen.planning;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.protocol.Basis;
import org.regimen.protocol.Course;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.ProtocolBases;
import org.regimen.spi.TreatmentModule;

/**
 * The sources each course cites, worked out once per catalog: a plan lists the documents and
 * publications its own course was made from, not every source of the module.
 */
final class CourseSources {
  // Read-only after construction; keyed by identity because protocols are loaded once and shared.
  private final Map<Course, List<String>> byCourse = new IdentityHashMap<>();

  CourseSources(TreatmentCatalog catalog) {
    for (TreatmentModule module : catalog.modules()) {
      Protocol protocol = module.protocol();
      for (Course course : protocol.courses()) {
        byCourse.put(course, labels(protocol, course));
      }
    }
  }

  List<String> of(Protocol protocol, Course course) {
    List<String> labels = byCourse.get(course);
    // A module may hand back a course of its own making: work it out on the spot.
    return labels != null ? labels : labels(protocol, course);
  }

  private static List<String> labels(Protocol protocol, Course course) {
    Set<String> labels = new LinkedHashSet<>();
    for (ProtocolBases.Located located : ProtocolBases.bases(course)) {
      Basis basis = located.basis();
      if (!basis.isRegimenDefault()) {
        labels.add(SourceLabels.label(protocol, basis));
      }
    }
    return List.copyOf(new ArrayList<>(labels));
  }
}
