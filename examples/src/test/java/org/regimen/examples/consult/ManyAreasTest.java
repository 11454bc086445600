package org.regimen.examples.consult;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.json.RegimenJson;
import org.regimen.plan.Session;
import org.regimen.plan.SessionVisit;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.BodyArea;

/**
 * Issue 14, "Many areas": ten areas in one PRP visit from one blood draw (150 minutes), ten areas
 * of stem cells in 60 minutes, and the breast on both lists though no source names it (002: the
 * breast "cannot be treated … because it is an area with very sensitive tissues").
 */
class ManyAreasTest {
  private static final Regimen REGIMEN = Regimen.load();
  private static final List<String> TEN_AREAS =
      List.of("ABDOMEN", "BREASTS", "FLANKS", "BACK", "ARMS", "BUTTOCKS", "HIPS", "THIGHS", "KNEES", "CALVES");

  @Test
  void prpSplitsTenAreasOverVisitsOfAtMostFourAreas() throws IOException {
    TreatmentPlan plan = REGIMEN.plan(request("prp", TEN_AREAS, null));
    assertThat(plan.sessions()).isNotEmpty();
    for (Session session : plan.sessions()) {
      List<List<BodyArea>> visits = visits(session);
      // Nine areas are left (the breast is not on the list): 3 visits of 3, one blood draw each.
      assertThat(visits).hasSize(3).allSatisfy(areas -> assertThat(areas).hasSizeLessThanOrEqualTo(4));
      assertThat(visits.stream().flatMap(List::stream)).doesNotHaveDuplicates().hasSize(9);
      assertThat(session.visitMinutes()).isLessThanOrEqualTo(60 + 45);
      assertThat(days(session)).as("each visit on its own day").doesNotHaveDuplicates().isSorted();
      assertThat(session.notes()).anyMatch(n -> n.contains("split over 3 visits"));
    }
  }

  @Test
  void theBreastIsNotOnThePrpOrStemCellList() throws IOException {
    for (String treatment : List.of("prp", "stemcell")) {
      TreatmentPlan plan = REGIMEN.plan(request(treatment, List.of("ABDOMEN", "BREASTS"), null));
      assertThat(plan.eligibility().excludedAreas())
          .as(treatment)
          .anySatisfy(e -> assertThat(e.area()).isEqualTo(BodyArea.BREASTS));
      assertThat(plan.sessions()).allSatisfy(s -> assertThat(visits(s).stream().flatMap(List::stream))
          .doesNotContain(BodyArea.BREASTS));
    }
  }

  @Test
  void stemCellsTakeThreeAreasPerVisitAsTheSourcesHourAllows() throws IOException {
    // 001: "about 30 minutes to an hour, depending on the size and number of areas being treated".
    // Seven areas, the abdomen and flanks left free for the harvest: visits of 3, 2 and 2 areas.
    TreatmentPlan plan = REGIMEN.plan(request("stemcell",
        List.of("BACK", "ARMS", "BUTTOCKS", "HIPS", "THIGHS", "KNEES", "CALVES"), null));
    assertThat(plan.sessions()).isNotEmpty().allSatisfy(session -> {
      assertThat(visits(session)).extracting(List::size).containsExactly(3, 2, 2);
      assertThat(session.minutes()).isEqualTo(60);
      assertThat(session.furtherVisits()).allSatisfy(v -> assertThat(v.minutes()).isEqualTo(45));
    });
  }

  @Test
  void theClinicsLongestVisitSplitsFurther() throws IOException {
    // 15 minutes of injections per area plus 45 minutes of the visit around them: one area an hour.
    TreatmentPlan plan = REGIMEN.plan(request("prp", List.of("ABDOMEN", "THIGHS", "HIPS"), 60));
    assertThat(plan.sessions()).isNotEmpty().allSatisfy(session -> {
      assertThat(visits(session)).hasSize(3).allSatisfy(areas -> assertThat(areas).hasSize(1));
      assertThat(session.visitMinutes()).isLessThanOrEqualTo(60);
      assertThat(session.furtherVisits()).allSatisfy(v -> assertThat(v.visitMinutes()).isLessThanOrEqualTo(60));
    });
    // The same areas keep the course's interval from one session to the next.
    List<Session> sessions = plan.sessions();
    for (int i = 1; i < sessions.size(); i++) {
      for (int v = 0; v < 3; v++) {
        assertThat(days(sessions.get(i - 1)).get(v).plusDays(90)).isBeforeOrEqualTo(days(sessions.get(i)).get(v));
      }
    }
    TreatmentPlan roundTrip = RegimenJson.create().readPlan(RegimenJson.create().writePlan(plan));
    assertThat(roundTrip).isEqualTo(plan);
  }

  static List<List<BodyArea>> visits(Session session) {
    List<List<BodyArea>> visits = new ArrayList<>();
    visits.add(session.areas());
    for (SessionVisit visit : session.furtherVisits()) {
      visits.add(visit.areas());
    }
    return visits;
  }

  static List<LocalDate> days(Session session) {
    List<LocalDate> days = new ArrayList<>();
    days.add(session.date());
    session.furtherVisits().forEach(v -> days.add(v.date()));
    return days;
  }

  private static org.regimen.request.TreatmentRequest request(String treatment, List<String> areas, Integer maxVisit)
      throws IOException {
    ObjectNode request = (ObjectNode) new ObjectMapper().readTree(Path.of("requests", "prp-stretch-marks.json").toFile());
    request.put("treatment", treatment);
    ArrayNode list = request.putArray("areas");
    areas.forEach(list::add);
    if (maxVisit != null) {
      request.putObject("clinic").put("maxVisitMinutes", maxVisit);
    }
    return RegimenJson.create().readRequest(request.toString());
  }
}
