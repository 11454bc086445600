package org.regimen.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.regimen.Regimen;
import org.regimen.plan.Conflict;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
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
