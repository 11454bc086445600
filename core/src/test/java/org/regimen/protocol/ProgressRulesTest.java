package org.regimen.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regimen.protocol.SampleDocuments.object;
import static org.regimen.protocol.SampleDocuments.problemsOf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** A course's optional {@code progress} rules (docs/protocol-format.md), read and checked on load. */
class ProgressRulesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final ObjectNode doc = SampleDocuments.protocol();

  private static ObjectNode progress(int afterDays, int partial) throws Exception {
    return (ObjectNode) MAPPER.readTree(
        "{\"longBreak\": {\"afterDays\": {\"value\": " + afterDays + ", \"source\": \"regimen-default\","
            + " \"words\": \"Twice the interval.\"}, \"message\": \"A long break.\", \"action\": \"Reassess.\","
            + " \"source\": \"000\", \"words\": \"1 - 3 Sessions\"},"
            + " \"partialResponseSessions\": {\"value\": " + partial + ", \"source\": \"000\", \"words\": \"1 - 3 Sessions\"}}");
  }

  @Test
  void aCourseWithoutProgressRulesChangesNothing() {
    assertThat(SampleDocuments.parse(doc).courses().get(0).progress()).isEqualTo(ProgressRules.NONE);
  }

  @Test
  void readsTheLongBreakAndThePartialResponseWithTheirBases() throws Exception {
    object(doc, "courses[0]").set("progress", progress(180, 3));

    ProgressRules rules = SampleDocuments.parse(doc).courses().get(0).progress();

    LongBreakRule longBreak = rules.longBreak().orElseThrow();
    assertThat(longBreak.afterDays().value()).isEqualTo(180);
    assertThat(longBreak.afterDays().basis().isRegimenDefault()).isTrue();
    assertThat(longBreak.basis().source()).isEqualTo("000");
    assertThat(longBreak.message()).isEqualTo("A long break.");
    assertThat(rules.partialResponseSessions().orElseThrow().value()).isEqualTo(3);
    assertThat(ProtocolBases.bases(SampleDocuments.parse(doc)))
        .extracting(ProtocolBases.Located::path)
        .contains("courses[0].progress.longBreak", "courses[0].progress.longBreak.afterDays",
            "courses[0].progress.partialResponseSessions");
  }

  @Test
  void anExtensionBeyondTheCoursesRangeAndABadDayCountAreErrors() throws Exception {
    object(doc, "courses[0]").set("progress", progress(0, 4));
    object(doc, "courses[0].progress").put("colour", "red");

    assertThat(problemsOf(doc))
        .containsExactlyInAnyOrder(
            "courses[0].progress.longBreak.afterDays.value: must be at least 1",
            "courses[0].progress.partialResponseSessions.value: must lie within sessionCount (1 to 3)",
            "courses[0].progress.colour: is not a known key");
  }
}
