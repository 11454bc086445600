package org.regimen.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.regimen.protocol.Course;
import org.regimen.request.BodyArea;
import org.regimen.request.TreatmentRequest;

/**
 * Splits a session's areas over visits: at most the protocol's areas per visit (one blood draw, one
 * harvest; {@code timing.maxAreasPerVisit}, or as many as fit {@code timing.maxMinutes}) and no
 * more than fit the clinic's longest visit ({@code clinic.maxVisitMinutes}). Areas keep the
 * request's order; the groups are as even as the limit allows.
 */
final class VisitSplit {
  private VisitSplit() {}

  static List<List<BodyArea>> groups(Course course, TreatmentRequest request, List<BodyArea> areas) {
    int perVisit = perVisit(course, request);
    if (areas.size() <= perVisit) {
      return List.of(areas);
    }
    int visits = (areas.size() + perVisit - 1) / perVisit;
    List<List<BodyArea>> groups = new ArrayList<>(visits);
    int from = 0;
    for (int v = 0; v < visits; v++) {
      // Even groups: the first ones take one more area where the count does not divide.
      int size = areas.size() / visits + (v < areas.size() % visits ? 1 : 0);
      groups.add(List.copyOf(areas.subList(from, from + size)));
      from += size;
    }
    return groups;
  }

  static int perVisit(Course course, TreatmentRequest request) {
    OptionalInt clinicLimit =
        request.clinic().flatMap(c -> c.maxVisitMinutes()).map(OptionalInt::of).orElse(OptionalInt.empty());
    return course.timing().areasPerVisit(clinicLimit);
  }

  /** The practitioner's note on a split session; no patient data, only counts. */
  static String note(List<List<BodyArea>> groups) {
    return "This session is split over " + groups.size() + " visits on separate days (at most "
        + groups.get(0).size() + " areas per visit: the protocol's limit per visit or the clinic's"
        + " longest visit); each visit treats its own areas.";
  }
}
