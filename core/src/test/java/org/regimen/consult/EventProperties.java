package org.regimen.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.regimen.Regimen;
import org.regimen.dates.DateRange;
import org.regimen.plan.Conflict;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.planning.InstructionConcerns;
import org.regimen.request.CalendarEvent;
import org.regimen.request.EventKind;
import org.regimen.request.TreatmentRequest;

/**
 * Over generated events: for every planned session, the session day through its clearance (the
 * downtime and the common visible side effects' healing: 4 days for the weekly test course) never
 * overlaps an event, unless a conflict names that session.
 */
class EventProperties {
  private static final Regimen REGIMEN = ConsultFixtures.regimen(ConsultFixtures.weekly());
  private static final LocalDate START = LocalDate.parse("2027-01-11");
  private static final int CLEARANCE_DAYS = 4;

  /** An event as {start offset from the earliest start, length in days}. */
  private static Gen<int[]> event() {
    return integers().between(-5, 120).zip(integers().between(1, 20), (at, length) -> new int[] {at, length});
  }

  @Test
  void noSessionClearanceOverlapsAnEventUnlessAConflictNamesIt() {
    qt().withExamples(300)
        .withFixedSeed(20270111L)
        .forAll(lists().of(event()).ofSizeBetween(0, 6))
        .checkAssert(events -> {
          TreatmentRequest request = request(events);
          TreatmentPlan plan = REGIMEN.plan(request);
          for (Session session : plan.sessions()) {
            if (named(plan.conflicts(), session.number())) {
              continue;
            }
            for (int[] event : events) {
              LocalDate from = START.plusDays(event[0]);
              LocalDate to = from.plusDays(event[1] - 1);
              boolean overlaps =
                  !session.date().plusDays(CLEARANCE_DAYS).isBefore(from) && !session.date().isAfter(to);
              assertThat(overlaps)
                  .as("session %d on %s against an event %s..%s", session.number(), session.date(), from, to)
                  .isFalse();
            }
          }
          if (plan.sessions().isEmpty()) {
            assertThat(plan.conflicts()).as("no sessions: a conflict says why").isNotEmpty();
          }
        });
  }

  /**
   * The weekly course with a preparation and an aftercare whose codes meet event kinds ("no
   * alcohol" two days before each session, "no creams or make-up" for three days from it).
   */
  private static final Regimen INSTRUCTED = ConsultFixtures.regimen(ConsultFixtures.weekly(tree -> {
    ObjectNode course = (ObjectNode) tree.get("courses").get(0);
    ((ObjectNode) course.get("preparation").get(0)).put("code", "NO_NICOTINE_OR_ALCOHOL");
    ((ObjectNode) course.get("aftercare").get(0)).put("code", "NO_CREAMS_OR_MAKEUP");
  }));

  /**
   * Issue 14, "Events": "before a session, 'no alcohol' and 'no physical activity' land on a
   * wedding". Over generated events of every kind: no dated instruction the event's kind conflicts
   * with (instruction-concerns.json, "events") falls on it, unless a conflict names the session (the
   * calendar allowed no plan without).
   */
  @Test
  void noConflictingInstructionFallsOnAnEventOfItsKindUnlessAConflictNamesIt() {
    EventKind[] kinds = EventKind.values();
    qt().withExamples(300)
        .withFixedSeed(20270112L)
        .forAll(lists().of(event().zip(integers().between(0, kinds.length - 1), (e, k) -> new int[] {e[0], e[1], k}))
            .ofSizeBetween(1, 5))
        .checkAssert(events -> {
          TreatmentRequest request = ConsultFixtures.request(r -> {
            r.put("treatment", "weekly");
            ArrayNode list = r.putObject("calendar").putArray("events");
            for (int[] event : events) {
              LocalDate from = START.plusDays(event[0]);
              list.addObject().put("from", from.toString()).put("to", from.plusDays(event[1] - 1).toString())
                  .put("kind", kinds[event[2]].name());
            }
          });
          TreatmentPlan plan = INSTRUCTED.plan(request);
          if (plan.sessions().isEmpty()) {
            assertThat(plan.conflicts()).as("no sessions: a conflict says why").isNotEmpty();
          }
          for (Session session : plan.sessions()) {
            if (named(plan.conflicts(), session.number())) {
              continue;
            }
            List<DatedInstruction> instructions = new java.util.ArrayList<>(session.before());
            instructions.addAll(session.after());
            assertThat(instructions).extracting(DatedInstruction::code)
                .contains("NO_NICOTINE_OR_ALCOHOL", "NO_CREAMS_OR_MAKEUP");
            for (CalendarEvent event : request.calendar().events()) {
              Set<String> codes = InstructionConcerns.standard().event(event.kind()).instructions();
              for (DatedInstruction i : instructions) {
                if (codes.contains(i.code())) {
                  assertThat(i.days().overlaps(event.days()))
                      .as("%s of session %d on a %s event", i.code(), session.number(), event.kind())
                      .isFalse();
                }
              }
            }
          }
        });
  }

  /**
   * Issue 14: "A fat harvest is placed the day before a 15-day absence". Over generated absences:
   * no session's healing (the clearance, 4 days) reaches an absence of two days or more, unless a
   * conflict names the session.
   */
  @Test
  void noSessionsHealingReachesAnAbsenceUnlessAConflictNamesIt() {
    qt().withExamples(300)
        .withFixedSeed(20270113L)
        .forAll(lists().of(event()).ofSizeBetween(0, 6))
        .checkAssert(absences -> {
          TreatmentRequest request = ConsultFixtures.request(r -> {
            r.put("treatment", "weekly");
            ArrayNode list = r.putObject("calendar").putArray("unavailable");
            for (int[] absence : absences) {
              LocalDate from = START.plusDays(absence[0]);
              list.addObject().put("from", from.toString()).put("to", from.plusDays(absence[1] - 1).toString());
            }
          });
          TreatmentPlan plan = REGIMEN.plan(request);
          for (Session session : plan.sessions()) {
            if (named(plan.conflicts(), session.number())) {
              continue;
            }
            DateRange healing = DateRange.ofClosed(session.date(), session.date().plusDays(CLEARANCE_DAYS));
            for (DateRange away : request.calendar().unavailable()) {
              if (away.to().toEpochDay() - away.from().toEpochDay() + 1 >= 2) {
                assertThat(healing.overlaps(away))
                    .as("session %d on %s against an absence %s..%s", session.number(), session.date(), away.from(), away.to())
                    .isFalse();
              }
            }
          }
        });
  }

  private static boolean named(List<Conflict> conflicts, int session) {
    return conflicts.stream().anyMatch(c -> c.session().orElse(-1) == session);
  }

  private static TreatmentRequest request(List<int[]> events) {
    return ConsultFixtures.request(r -> {
      r.put("treatment", "weekly");
      ArrayNode list = r.putObject("calendar").putArray("events");
      for (int[] event : events) {
        LocalDate from = START.plusDays(event[0]);
        list.addObject().put("from", from.toString()).put("to", from.plusDays(event[1] - 1).toString());
      }
    });
  }
}
