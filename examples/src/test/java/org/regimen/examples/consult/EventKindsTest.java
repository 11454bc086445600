package org.regimen.examples.consult;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.dates.DateRange;
import org.regimen.json.RegimenJson;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;

/**
 * Issue 14 and issue 12, "Events": plasma therapy put session 1 the day before a wedding, with "no
 * make-up" dated over it and "no alcohol" and "no physical activity" before the next session on it;
 * a fat harvest came the day before a flight. Each event kind now meets what it conflicts with.
 */
class EventKindsTest {
  private static final Regimen REGIMEN = Regimen.load();

  @Test
  void noPlasmaInstructionThatConflictsWithAWeddingFallsOnIt() throws IOException {
    LocalDate wedding = LocalDate.parse("2027-02-03");
    TreatmentPlan plan = plan("handout/plasma-fasting-lab-tests.json", wedding, "PRESENTABLE");
    assertThat(plan.sessions()).isNotEmpty();
    for (Session session : plan.sessions()) {
      for (DatedInstruction i : concat(session)) {
        if (i.code().equals("NO_CREAMS_OR_MAKEUP") || i.code().equals("NO_NICOTINE_OR_ALCOHOL")
            || i.code().equals("NO_PHYSICAL_ACTIVITY")) {
          assertThat(i.days().contains(wedding)).as("%s on the wedding", i.code()).isFalse();
        }
      }
      assertThat(session.date()).isNotEqualTo(wedding);
    }
  }

  @Test
  void sportAndAlcoholMeetOnlyTheirOwnInstructions() throws IOException {
    LocalDate match = LocalDate.parse("2027-02-03");
    TreatmentPlan sport = plan("handout/plasma-fasting-lab-tests.json", match, "SPORT");
    for (Session session : sport.sessions()) {
      for (DatedInstruction i : concat(session)) {
        if (i.code().equals("NO_SPORT") || i.code().equals("NO_PHYSICAL_ACTIVITY")) {
          assertThat(i.days().contains(match)).isFalse();
        }
      }
    }
    TreatmentPlan drinks = plan("handout/plasma-fasting-lab-tests.json", match, "ALCOHOL");
    for (Session session : drinks.sessions()) {
      for (DatedInstruction i : concat(session)) {
        if (i.code().equals("NO_NICOTINE_OR_ALCOHOL")) {
          assertThat(i.days().contains(match)).isFalse();
        }
      }
    }
  }

  @Test
  void noFatHarvestRightBeforeAFlight() throws IOException {
    TreatmentPlan alone = plan("stemcell-stretch-marks.json", null, null);
    LocalDate first = alone.sessions().get(0).date();
    // A flight the day after the session it would have had: the harvest heals "a few days to a week".
    LocalDate flight = first.plusDays(1);
    TreatmentPlan plan = plan("stemcell-stretch-marks.json", flight, "FLIGHT");
    assertThat(plan.sessions()).isNotEmpty().allSatisfy(s -> {
      DateRange healing = DateRange.ofClosed(s.date(), s.date().plusDays(7));
      assertThat(healing.contains(flight)).as("harvest on %s before the flight", s.date()).isFalse();
    });
    TreatmentPlan json = RegimenJson.create().readPlan(RegimenJson.create().writePlan(plan));
    assertThat(json).isEqualTo(plan);
  }

  /**
   * Over generated plasma and stem cell requests with events of every kind: no instruction the
   * event's kind conflicts with falls on it, unless a conflict names the session.
   */
  @Test
  void noConflictingInstructionFallsOnAnEventOfItsKind() {
    for (String treatment : java.util.List.of("plasma", "stemcell")) {
      org.regimen.testing.RequestGenerator generator = new org.regimen.testing.RequestGenerator(
          treatment, java.util.EnumSet.copyOf(REGIMEN.catalog().module(treatment).orElseThrow().descriptor().indications()),
          java.util.EnumSet.copyOf(REGIMEN.catalog().module(treatment).orElseThrow().descriptor().areas()));
      org.quicktheories.QuickTheory.qt().withExamples(80).withFixedSeed(20270603L)
          .forAll(generator.requests())
          .checkAssert(request -> {
            TreatmentPlan plan = REGIMEN.plan(request);
            for (Session session : plan.sessions()) {
              if (plan.conflicts().stream().anyMatch(c -> c.session().orElse(-1) == session.number())) {
                continue;
              }
              for (org.regimen.request.CalendarEvent event : request.calendar().events()) {
                java.util.Set<String> codes = org.regimen.planning.InstructionConcerns.standard()
                    .event(event.kind()).instructions();
                for (DatedInstruction i : concat(session)) {
                  if (codes.contains(i.code())) {
                    assertThat(i.days().overlaps(event.days()))
                        .as("%s on a %s event", i.code(), event.kind()).isFalse();
                  }
                }
              }
            }
          });
    }
  }

  private static java.util.List<DatedInstruction> concat(Session session) {
    java.util.List<DatedInstruction> all = new java.util.ArrayList<>(session.before());
    all.addAll(session.after());
    return all;
  }

  private static TreatmentPlan plan(String file, LocalDate event, String kind) throws IOException {
    ObjectNode request = (ObjectNode) new ObjectMapper().readTree(Path.of("requests", file).toFile());
    if (event != null) {
      ObjectNode calendar = request.has("calendar") ? (ObjectNode) request.get("calendar") : request.putObject("calendar");
      calendar.putArray("events").addObject().put("from", event.toString()).put("kind", kind);
    }
    return REGIMEN.plan(RegimenJson.create().readRequest(request.toString()));
  }
}
