package org.regimen.treatment.plasma;

import java.util.ArrayList;
import java.util.List;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.protocol.Basis;
import org.regimen.protocol.Course;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.Source;
import org.regimen.protocol.Sourced;
import org.regimen.request.BodyArea;
import org.regimen.request.TreatmentRequest;

/**
 * Keeps each course to its own areas: plasma therapy for a facial problem is given on the face and
 * neck only, while scars and stretch marks are treated where they are. The core plans every
 * requested area whatever the course lists, and a protocol's EXCLUDED_AREA rule holds for all its
 * courses, so this is the one piece of logic the data cannot say.
 */
final class CourseAreas {
  static final String CODE = "EXCLUDED_AREA";
  static final String MESSAGE = "Plasma therapy is not offered in this area for the requested problem.";
  static final String ACTION = "Leave the area out of this plan.";

  private CourseAreas() {}

  /**
   * An area-scoped finding for each requested area the course does not offer. Its basis is the
   * course's last note, which says which areas the course offers and why.
   */
  static List<Finding> outside(Protocol protocol, Course course, TreatmentRequest request) {
    List<Finding> findings = new ArrayList<>();
    for (BodyArea area : request.areas()) {
      if (course.areas().contains(area)) {
        continue;
      }
      Basis basis = areasNote(course).basis();
      findings.add(
          Finding.builder()
              .code(CODE)
              .severity(FindingSeverity.ABSOLUTE)
              .area(area)
              .message(MESSAGE)
              .action(ACTION)
              .source(label(protocol, basis))
              .sourceWords(basis.words())
              .build());
    }
    return findings;
  }

  private static Sourced<String> areasNote(Course course) {
    return course.notes().get(course.notes().size() - 1);
  }

  private static String label(Protocol protocol, Basis basis) {
    return basis.isRegimenDefault()
        ? Basis.REGIMEN_DEFAULT
        : protocol.source(basis.source()).map(Source::label).orElse(basis.source());
  }
}
