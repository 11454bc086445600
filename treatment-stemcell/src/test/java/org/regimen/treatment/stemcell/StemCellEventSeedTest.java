package org.regimen.treatment.stemcell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.CalendarEvent;
import org.regimen.request.TreatmentRequest;
import org.regimen.testing.EventConflicts;
import org.regimen.testing.RequestGenerator;

/**
 * Generated requests (by their generator seed) on which an aftercare instruction met an event of
 * the kind it conflicts with, with no conflict naming the session: "Keep the treated areas and the
 * harvest site out of direct sun" (001: "it is recommended to avoid direct sun exposure, strenuous
 * exercise, and other activities that may irritate the skin for a few days post-treatment") over a
 * SUN_EXPOSURE event, "no strenuous exercise" over a SPORT event. The sessions were split over
 * visits on several days; the aftercare runs from the first visit to the last one's end, and the
 * days between the visits were never checked against the events. The five seeds after the first
 * failed before the fix (a scan of 20,000 generated requests); the first, reported with the issue,
 * does not fail with the current generator and is kept as a case.
 */
class StemCellEventSeedTest {
  private static final RequestGenerator GENERATOR = new RequestGenerator("stemcell",
      EnumSet.copyOf(Requests.REGIMEN.catalog().module("stemcell").orElseThrow().descriptor().indications()),
      EnumSet.copyOf(Requests.REGIMEN.catalog().module("stemcell").orElseThrow().descriptor().areas()));

  @ParameterizedTest
  @ValueSource(longs = {
      0xffffffffffef9296L, 0xed85bb3b3c76427bL, 0x5ca1916e2e286a30L, 0x9c1055835e6112b3L,
      0xd4885313af73e476L, 0xa4e511591554088dL})
  void noAftercareMeetsAnEventOfItsKindWithoutAConflict(long seed) {
    TreatmentRequest request = GENERATOR.generate(seed);
    TreatmentPlan plan = Requests.plan(request);
    assertThat(request.calendar().events()).isNotEmpty();
    for (Session session : plan.sessions()) {
      if (plan.conflicts().stream().anyMatch(c -> c.session().orElse(-1) == session.number())) {
        continue;
      }
      List<DatedInstruction> all = new ArrayList<>(session.before());
      all.addAll(session.after());
      for (CalendarEvent event : request.calendar().events()) {
        Set<String> codes = EventConflicts.instructions(event.kind());
        for (DatedInstruction i : all) {
          if (codes.contains(i.code())) {
            assertThat(i.days().overlaps(event.days()))
                .as("%s of session %d on a %s event", i.code(), session.number(), event.kind())
                .isFalse();
          }
        }
      }
    }
  }
}
