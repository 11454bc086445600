package org.regimen.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.regimen.Regimen;
import org.regimen.json.RegimenJson;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.ExcludedArea;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.plan.TreatmentRef;
import org.regimen.planning.InstructionConcerns;
import org.regimen.protocol.Course;
import org.regimen.protocol.InstructionSpec;
import org.regimen.protocol.Protocol;
import org.regimen.request.BodyArea;
import org.regimen.request.CombinedTreatment;
import org.regimen.request.Indication;
import org.regimen.request.TreatmentRequest;

/**
 * The rules every combined plan keeps, checked on the plan of a request with {@code treatments}.
 * A test of real modules (e.g. mesotherapy and plasma) is one call: {@code
 * CombinationChecks.check(regimen, request)}.
 *
 * @since 0.1.0
 */
public final class CombinationChecks {
  private CombinationChecks() {}

  /**
   * Plans {@code request} and checks the combination rules.
   *
   * @param regimen the library with the therapies of the combination
   * @param request a request for a combination
   * @return the plan, for more checks
   */
  public static TreatmentPlan check(Regimen regimen, TreatmentRequest request) {
    RegimenJson json = RegimenJson.create();
    TreatmentPlan plan = regimen.plan(request);
    assertThat(regimen.plan(request)).as("the same request gives the same plan").isEqualTo(plan);
    assertThat(json.readPlan(json.writePlan(plan))).as("JSON round trip").isEqualTo(plan);
    assertThat(plan.treatment()).isEmpty();
    assertThat(plan.treatments()).extracting(TreatmentRef::id)
        .containsExactlyInAnyOrderElementsOf(request.treatmentIds());
    sessionsInOrderAndNamed(request, plan.sessions());
    excludedAreasNeverTreated(plan);
    noContradictionOnOneDay(plan);
    noInjectionWhileAnotherTherapyHealsTheArea(plan);
    assertThat(plan.eligibility().findings()).as("findings name their treatment").allMatch(f -> f.treatment().isPresent());
    for (CombinedTreatment part : request.treatments()) {
      partKeepsItsCourse(regimen, request, plan, part);
    }
    return plan;
  }

  private static void sessionsInOrderAndNamed(TreatmentRequest request, List<Session> sessions) {
    for (int i = 0; i < sessions.size(); i++) {
      Session session = sessions.get(i);
      assertThat(session.number()).as("sessions numbered in date order").isEqualTo(i + 1);
      assertThat(session.treatment()).as("session %d names its treatment", i + 1).isPresent();
      assertThat(request.treatmentIds()).contains(session.treatment().get());
      if (i > 0) {
        assertThat(session.date()).isAfterOrEqualTo(sessions.get(i - 1).date());
      }
    }
  }

  private static void excludedAreasNeverTreated(TreatmentPlan plan) {
    for (ExcludedArea excluded : plan.eligibility().excludedAreas()) {
      assertThat(excluded.treatment()).as("an excluded area names its treatment").isPresent();
      for (Session session : plan.sessions()) {
        if (session.treatment().equals(excluded.treatment())) {
          assertThat(session.areas())
              .as("%s left out by %s is never in its sessions", excluded.area(), excluded.treatment().get())
              .doesNotContain(excluded.area());
        }
      }
    }
  }

  /**
   * One part of the combination keeps its own indication, areas, session count and minimum
   * interval, and keeps apart from every other part as both protocols require.
   */
  private static void partKeepsItsCourse(
      Regimen regimen, TreatmentRequest request, TreatmentPlan plan, CombinedTreatment part) {
    List<Session> sessions = plan.sessions();
    String id = part.treatment();
    Protocol protocol = regimen.catalog().module(id).orElseThrow().protocol();
    Course course = protocol.courseFor(indicationOf(part, request)).orElseThrow();
    // Each part is planned for its own indication and areas (the request's where it names none).
    List<BodyArea> partAreas = part.areas().isEmpty() ? request.areas() : part.areas();
    TreatmentRef ref = plan.treatments().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    assertThat(ref.indication()).as("%s names its indication", id).contains(indicationOf(part, request));
    assertThat(ref.areas()).as("%s names its areas", id).isEqualTo(partAreas);
    for (Session session : sessions) {
      if (session.treatment().equals(java.util.Optional.of(id))) {
        assertThat(partAreas).as("%s session %d treats only its own areas", id, session.number())
            .containsAll(session.areas());
      }
    }
    List<LocalDate> own = datesOf(sessions, id);
    if (!sessions.isEmpty()) {
      assertThat(course.sessionCount().value().contains(own.size()))
          .as("%s: %d sessions within the protocol's range", id, own.size()).isTrue();
    }
    for (int i = 1; i < own.size(); i++) {
      assertThat(ChronoUnit.DAYS.between(own.get(i - 1), own.get(i)))
          .as("%s keeps its own minimum interval", id)
          .isGreaterThanOrEqualTo(minimumGap(course));
    }
    for (CombinedTreatment otherPart : request.treatments()) {
      if (!otherPart.treatment().equals(id)) {
        keepsApart(regimen, request, id, protocol, own, otherPart, sessions);
      }
    }
  }

  /**
   * The sessions of {@code id} (on days {@code own}) share no day with {@code otherPart}'s unless
   * both protocols allow it, fall outside its no-procedure window, and come after its course when
   * {@code id}'s protocol follows it.
   */
  private static void keepsApart(
      Regimen regimen,
      TreatmentRequest request,
      String id,
      Protocol protocol,
      List<LocalDate> own,
      CombinedTreatment otherPart,
      List<Session> sessions) {
    String otherId = otherPart.treatment();
    Protocol other = regimen.catalog().module(otherId).orElseThrow().protocol();
    Course otherCourse = other.courseFor(indicationOf(otherPart, request)).orElseThrow();
    List<LocalDate> others = datesOf(sessions, otherId);
    boolean sameDay = protocol.allowsSameDayWithOthers() && other.allowsSameDayWithOthers();
    int window = noProcedureDays(otherCourse);
    for (LocalDate day : own) {
      for (LocalDate otherDay : others) {
        if (!sameDay || window > 0) {
          assertThat(day).as("%s and %s on one day", id, otherId).isNotEqualTo(otherDay);
        }
        if (window > 0) {
          assertThat(day.isBefore(otherDay) || day.isAfter(otherDay.plusDays(window - 1)))
              .as("%s session on %s inside %s's no-procedure window", id, day, otherId)
              .isTrue();
        }
      }
    }
    if (protocol.follows(otherId) && !own.isEmpty() && !others.isEmpty()) {
      assertThat(own.get(0))
          .as("%s follows %s's course", id, otherId)
          .isAfter(others.get(others.size() - 1));
    }
  }

  /**
   * No two instructions of the plan that the data table says contradict fall on one day.
   *
   * @param plan a combined plan
   */
  public static void noContradictionOnOneDay(TreatmentPlan plan) {
    InstructionConcerns table = InstructionConcerns.standard();
    List<DatedInstruction> all = new ArrayList<>();
    for (Session session : plan.sessions()) {
      all.addAll(session.before());
      all.addAll(session.after());
    }
    for (DatedInstruction a : all) {
      for (DatedInstruction b : all) {
        if (table.contradict(a.code(), b.code())) {
          assertThat(a.days().overlaps(b.days()))
              .as("%s %s and %s %s contradict on one day", a.code(), a.days(), b.code(), b.days())
              .isFalse();
        }
      }
    }
  }

  /**
   * No visit of one therapy injects an area on a day inside another therapy's downtime or aftercare
   * after a visit that treated the same area.
   *
   * @param plan a combined plan
   */
  public static void noInjectionWhileAnotherTherapyHealsTheArea(TreatmentPlan plan) {
    for (Session a : plan.sessions()) {
      // A split session states its aftercare from its first visit to its length after the last:
      // each visit heals for that length from its own day.
      LocalDate last = visitDays(a).get(visitDays(a).size() - 1);
      List<Long> lengths = new ArrayList<>();
      a.downtime().ifPresent(r -> lengths.add(ChronoUnit.DAYS.between(last, r.to()) + 1));
      a.after().forEach(i -> lengths.add(ChronoUnit.DAYS.between(last, i.days().to()) + 1));
      for (int va = 0; va < visitDays(a).size(); va++) {
        LocalDate healFrom = visitDays(a).get(va);
        List<BodyArea> healing = visitAreas(a).get(va);
        for (Session b : plan.sessions()) {
          if (b.treatment().equals(a.treatment())) {
            continue;
          }
          for (int vb = 0; vb < visitDays(b).size(); vb++) {
            LocalDate day = visitDays(b).get(vb);
            if (!day.isAfter(healFrom) || visitAreas(b).get(vb).stream().noneMatch(healing::contains)) {
              continue;
            }
            for (long length : lengths) {
              assertThat(day.isAfter(healFrom.plusDays(length - 1)))
                  .as("%s injects a shared area on %s inside %s's downtime or aftercare of %d days from %s",
                      b.treatment().orElse(""), day, a.treatment().orElse(""), length, healFrom)
                  .isTrue();
            }
          }
        }
      }
    }
  }

  private static List<LocalDate> visitDays(Session session) {
    List<LocalDate> days = new ArrayList<>();
    days.add(session.date());
    session.furtherVisits().forEach(v -> days.add(v.date()));
    return days;
  }

  private static List<List<BodyArea>> visitAreas(Session session) {
    List<List<BodyArea>> areas = new ArrayList<>();
    areas.add(session.areas());
    session.furtherVisits().forEach(v -> areas.add(v.areas()));
    return areas;
  }

  private static List<LocalDate> datesOf(List<Session> sessions, String id) {
    List<LocalDate> dates = new ArrayList<>();
    for (Session session : sessions) {
      if (session.treatment().orElse("").equals(id)) {
        dates.add(session.date());
      }
    }
    return dates;
  }

  private static int minimumGap(Course course) {
    int gap = course.interval().minDays().value();
    for (var rule : course.sessionRules()) {
      if (rule.interval().isPresent()) {
        gap = Math.min(gap, rule.interval().get().minDays().value());
      }
    }
    return gap;
  }

  private static int noProcedureDays(Course course) {
    int days = 0;
    for (InstructionSpec spec : course.aftercare()) {
      if (spec.blocksProcedures()) {
        days = Math.max(days, Math.max(1, spec.span().days().max()));
      }
    }
    return days;
  }

  private static Indication indicationOf(CombinedTreatment part, TreatmentRequest request) {
    return part.indication().orElse(request.indication());
  }
}
