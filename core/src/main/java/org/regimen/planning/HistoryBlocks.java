package org.regimen.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regimen.dates.DateRange;
import org.regimen.protocol.Course;
import org.regimen.protocol.Protocol;
import org.regimen.request.PastSession;
import org.regimen.request.TreatmentRequest;
import org.regimen.spi.TreatmentModule;

/**
 * The days another installed treatment's past sessions still hold for this course: exactly what
 * its own planned sessions would hold in a combined plan ({@link OtherTreatmentDays}), so a plasma
 * session given last week keeps its no-procedure week clear of this course's next session. A past
 * session of a treatment that is not installed blocks nothing (its rules are unknown here).
 */
final class HistoryBlocks {
  private HistoryBlocks() {}

  static List<DateRange> of(
      PreparedProtocols prepared, TreatmentModule module, Course course, TreatmentRequest request) {
    if (request.history().isEmpty()) {
      return List.of();
    }
    String own = module.descriptor().id();
    Map<String, List<LocalDate>> byTreatment = new LinkedHashMap<>();
    for (PastSession past : request.history().get().sessions()) {
      if (!past.treatment().equals(own)) {
        byTreatment.computeIfAbsent(past.treatment(), k -> new ArrayList<>()).add(past.date());
      }
    }
    List<DateRange> blocked = new ArrayList<>();
    for (Map.Entry<String, List<LocalDate>> entry : byTreatment.entrySet()) {
      Optional<TreatmentModule> other = prepared.module(entry.getKey());
      if (other.isEmpty()) {
        continue;
      }
      Protocol otherProtocol = other.get().protocol();
      Course otherCourse =
          other.get().chooseCourse(request).orElseGet(() -> widestWindow(otherProtocol));
      blocked.addAll(
          OtherTreatmentDays.blockedByDays(
              entry.getValue(), otherProtocol, otherCourse, module.protocol(), course));
    }
    return blocked;
  }

  /** For a treatment given for another indication: its course with the longest no-procedure window. */
  private static Course widestWindow(Protocol protocol) {
    Course widest = protocol.courses().get(0);
    for (Course course : protocol.courses()) {
      if (OtherTreatmentDays.noProcedureDays(course) > OtherTreatmentDays.noProcedureDays(widest)) {
        widest = course;
      }
    }
    return widest;
  }
}
