package org.regimen.treatment.plasma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.treatment.plasma.PlasmaRequest.healthy;
import static org.regimen.treatment.plasma.PlasmaRequest.q;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regimen.dates.DateRange;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.Risk;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;

/**
 * Issue 14, "Events": plasma therapy for the face put session 1 the day before a wedding, with "no
 * make-up" dated over the wedding day. 004 lines 95 and 96 list "Swelling at the injection sites."
 * and "The appearance of hematomas." with no healing time; the protocol takes it from 003 line 47
 * (the same injections of the patient's own plasma into the face): "These side effects are usually
 * mild and subside within a few days." Every visible effect that may be expected now keeps its
 * healing off a PRESENTABLE event, and so do the dated instructions that conflict with it.
 */
class PlasmaEventsTest {
  private static final Set<String> CONFLICT_WITH_A_WEDDING =
      Set.of("NO_CREAMS_OR_MAKEUP", "NO_NICOTINE_OR_ALCOHOL", "NO_PHYSICAL_ACTIVITY");

  @Test
  void swellingAndHaematomasHealWithinAFewDaysFrom003() {
    TreatmentPlan plan = healthy().plan();
    for (String code : List.of("SWELLING", "HAEMATOMA")) {
      Risk risk = risk(plan, code);
      assertThat(risk.resolvesInDays()).as(code).hasValueSatisfying(d -> {
        assertThat(d.min()).isEqualTo(2); // glossary "a few days": 2 to 5 days
        assertThat(d.max()).isEqualTo(5);
      });
      assertThat(risk.sourceWords()).isIn("Swelling at the injection sites.", "The appearance of hematomas.");
    }
  }

  @Test
  void session1IsNotPlacedRightBeforeAWedding() {
    LocalDate first = healthy().plan().sessions().get(0).date();
    LocalDate wedding = first.plusDays(1);
    TreatmentPlan plan = healthy().set("calendar", wedding(wedding)).plan();

    assertThat(plan.sessions()).isNotEmpty();
    int healing = healingDays(plan);
    assertThat(healing).as("the rash clears in 3 to 7 days (004 line 97)").isEqualTo(7);
    for (Session session : plan.sessions()) {
      DateRange visible = DateRange.ofClosed(session.date(), session.date().plusDays(healing));
      assertThat(visible.contains(wedding)).as("session %d on %s", session.number(), session.date()).isFalse();
      for (DatedInstruction i : instructions(session)) {
        if (CONFLICT_WITH_A_WEDDING.contains(i.code())) {
          assertThat(i.days().contains(wedding)).as("%s of session %d", i.code(), session.number()).isFalse();
        }
      }
    }
    assertThat(plan.conflicts()).isEmpty();
    assertThat(plan.adjustments()).anySatisfy(a -> assertThat(a.reason().name()).isEqualTo("EVENT"));
  }

  @Test
  void aWeddingDuringTheCourseKeepsEverySessionsHealingAndInstructionsOffIt() {
    List<Session> alone = healthy().plan().sessions();
    assertThat(alone).hasSizeGreaterThan(2);
    // The day after session 3 (and before session 4's preparation ends): both sides of an event.
    LocalDate wedding = alone.get(2).date().plusDays(2);
    TreatmentPlan plan = healthy().set("calendar", wedding(wedding)).plan();
    int healing = healingDays(plan);
    for (Session session : plan.sessions()) {
      assertThat(DateRange.ofClosed(session.date(), session.date().plusDays(healing)).contains(wedding)).isFalse();
      for (DatedInstruction i : instructions(session)) {
        if (CONFLICT_WITH_A_WEDDING.contains(i.code())) {
          assertThat(i.days().contains(wedding)).as("%s of session %d", i.code(), session.number()).isFalse();
        }
      }
    }
  }

  private static String wedding(LocalDate day) {
    return "{\"events\": [{\"from\": " + q(day.toString()) + ", \"name\": \"wedding\"}]}";
  }

  private static int healingDays(TreatmentPlan plan) {
    return plan.risks().stream()
        .filter(r -> r.code().equals("SWELLING") || r.code().equals("HAEMATOMA") || r.code().equals("RASH"))
        .mapToInt(r -> r.resolvesInDays().orElseThrow().max())
        .max()
        .orElseThrow();
  }

  private static List<DatedInstruction> instructions(Session session) {
    List<DatedInstruction> all = new ArrayList<>(session.before());
    all.addAll(session.after());
    return all;
  }

  private static Risk risk(TreatmentPlan plan, String code) {
    return plan.risks().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }
}
