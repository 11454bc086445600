package org.regimen.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.consult.ConsultFixtures.regimen;
import static org.regimen.consult.ConsultFixtures.request;
import static org.regimen.consult.ConsultFixtures.weekly;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regimen.plan.AdjustmentReason;
import org.regimen.plan.ConstraintKind;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.TreatmentRequest;

/**
 * The weekly test course: downtime of 2 days (the session day and the next), common visible
 * bruising that clears in 2 to 4 days, so a session's day and the 4 following must miss every event.
 */
class EventExamplesTest {
  private static TreatmentRequest withEvent(String from, String to) {
    return request(r -> {
      r.put("treatment", "weekly");
      ObjectNode event = r.putObject("calendar").putArray("events").addObject();
      event.put("from", from).put("to", to).put("name", "wedding");
    });
  }

  @Test
  void anEventTheDayAfterAPlannedSessionMovesThatSession() {
    TreatmentPlan before = regimen(weekly()).plan(request(r -> r.put("treatment", "weekly")));
    LocalDate session2 = before.sessions().get(1).date();
    LocalDate dayAfter = session2.plusDays(1);

    TreatmentPlan after = regimen(weekly()).plan(withEvent(dayAfter.toString(), dayAfter.toString()));

    assertThat(after.conflicts()).isEmpty();
    assertThat(after.adjustments())
        .anySatisfy(a -> {
          assertThat(a.session()).isEqualTo(2);
          assertThat(a.reason()).isEqualTo(AdjustmentReason.EVENT);
        });
    assertThat(after.sessions().get(1).date()).isAfter(dayAfter);
    for (Session session : after.sessions()) {
      assertThat(dayAfter.isBefore(session.date()) || dayAfter.isAfter(session.date().plusDays(4)))
          .as("session %d clear of the event", session.number())
          .isTrue();
    }
  }

  @Test
  void sessionOneIsKeptClearOfAnEventToo() {
    TreatmentPlan plan = regimen(weekly()).plan(withEvent("2027-01-13", "2027-01-13"));

    assertThat(plan.sessions().get(0).date()).isAfter(LocalDate.parse("2027-01-13"));
    assertThat(plan.adjustments())
        .anySatisfy(a -> assertThat(a.reason()).isEqualTo(AdjustmentReason.EVENT));
  }

  @Test
  void rareVisibleRisksDoNotMoveSessions() {
    // SCARRING is visible but rare (30 to 90 days): only the common bruising's 4 days count.
    TreatmentPlan plan = regimen(weekly()).plan(withEvent("2027-01-16", "2027-01-16"));
    assertThat(plan.sessions().get(0).date()).isEqualTo(LocalDate.parse("2027-01-11"));
    assertThat(plan.adjustments()).isEmpty();
  }

  @Test
  void anEventThatLeavesNoDayNamesTheSessionInTheWay() {
    // Events from the second week on, past the two-year search: session 2 can never be placed.
    TreatmentPlan plan = regimen(weekly()).plan(withEvent("2027-01-20", "2031-01-01"));

    assertThat(plan.sessions()).isEmpty();
    assertThat(plan.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.constraint()).isEqualTo(ConstraintKind.EVENT);
      assertThat(c.session()).hasValue(2);
    });
  }
}
