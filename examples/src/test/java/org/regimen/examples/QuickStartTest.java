package org.regimen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.json.RegimenJson;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.TreatmentRequest;

/** The README's five-line Java quick start runs as written and gives a plan. */
class QuickStartTest {
  private static final Path REPOSITORY = Path.of(System.getProperty("regimen.examples.dir", ".")).resolve("..");

  /** The README's block, line for line; keep both in step. */
  private static final List<String> README_LINES =
      List.of(
          "Regimen regimen = Regimen.load();                   // finds every therapy jar once; share it",
          "RegimenJson json = RegimenJson.create();",
          "TreatmentRequest request = json.readRequest(Files.readString(Path.of(\"examples/requests/prp-stretch-marks.json\")));",
          "TreatmentPlan plan = regimen.plan(request);         // a RegimenException lists every problem",
          "System.out.println(json.writePlan(plan));");

  @Test
  void theReadmeShowsExactlyTheseFiveLines() throws IOException {
    String readme = Files.readString(REPOSITORY.resolve("README.md"), StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("## Java quick start"));
    String block = section.substring(section.indexOf("```java\n") + 8, section.indexOf("\n```", section.indexOf("```java")));

    assertThat(block.lines()).containsExactlyElementsOf(README_LINES);
  }

  @Test
  void theFiveLinesPlanTheSampleRequest() throws IOException {
    // The same statements, with the sample's path resolved from this module's directory.
    Regimen regimen = Regimen.load();
    RegimenJson json = RegimenJson.create();
    TreatmentRequest request =
        json.readRequest(Files.readString(REPOSITORY.resolve("examples/requests/prp-stretch-marks.json")));
    TreatmentPlan plan = regimen.plan(request);
    String printed = json.writePlan(plan);

    assertThat(plan.eligibility().status()).isEqualTo(EligibilityStatus.ELIGIBLE);
    assertThat(plan.sessions()).isNotEmpty();
    assertThat(printed).contains("\"protocolDigest\":\"").contains("\"library\":\"" + Regimen.version() + "\"");
  }
}
