package org.regimen.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.error.InvalidRequestException;
import org.regimen.json.RegimenJson;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.ProtocolLoader;
import org.regimen.request.BodyArea;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.Indication;
import org.regimen.request.TreatmentRequest;
import org.regimen.spi.TreatmentModule;
import org.regimen.testing.RequestGenerator;

/** The batch path gives, line by line, exactly what the single-request path gives. */
class BatchPlannerTest {
  private static final Protocol SAMPLE =
      ProtocolLoader.load(BatchPlannerTest.class, "org/regimen/protocol/sample-protocol.json");
  private static final TreatmentModule MODULE = () -> SAMPLE;
  private static final Regimen REGIMEN = Regimen.of(TreatmentCatalog.of(List.of(MODULE)));
  private static final RegimenJson JSON = RegimenJson.create();
  private static final RequestGenerator GENERATOR =
      new RequestGenerator(
          SAMPLE.id(),
          EnumSet.of(Indication.STRETCH_MARKS, Indication.SKIN_LAXITY, Indication.FINE_LINES_AND_WRINKLES),
          EnumSet.allOf(BodyArea.class));

  private final BatchPlanner batch = BatchPlanner.of(REGIMEN);

  /**
   * What the single-request path prints for one line: the plan, the comparison or the error, with
   * {@code "line"} added after the id.
   */
  static String single(String requestLine, int line) {
    try {
      TreatmentRequest request = JSON.readRequest(requestLine);
      String answer = request.treatment().isPresent()
          ? JSON.writePlan(REGIMEN.plan(request))
          : JSON.writeComparison(REGIMEN.compare(request));
      return withLine(answer, request.id(), line);
    } catch (InvalidRequestException e) {
      return JSON.writeErrors(e, line);
    }
  }

  /** The single-request answer with {@code "line":N} where the batch puts it: after the id. */
  static String withLine(String answer, Optional<String> id, int line) {
    String head = id.map(i -> "{\"id\":" + quoted(i) + ",").orElse("{");
    assertThat(answer).startsWith(head);
    return head + "\"line\":" + line + "," + answer.substring(head.length());
  }

  private static String quoted(String id) {
    // Valid ids are [A-Za-z0-9._:-]: nothing to escape.
    return "\"" + id + "\"";
  }

  @Test
  void givesTheSamePlansAsTheSingleRequestPath() {
    List<String> input = new ArrayList<>();
    for (long seed = 0; seed < 400; seed++) {
      TreatmentRequest request = GENERATOR.generate(seed);
      if (seed % 10 == 7) {
        request = ImmutableTreatmentRequest.copyOf(request).withTreatment(Optional.empty()); // a comparison
      }
      input.add(JSON.writeRequest(request));
    }
    // Invalid lines among them: not JSON, a wrong enum, an unknown treatment.
    input.set(13, "{not json");
    input.set(101, input.get(101).replace("\"STRETCH_MARKS\"", "\"WARTS\"").replace("\"SKIN_LAXITY\"", "\"WARTS\"").replace("\"FINE_LINES_AND_WRINKLES\"", "\"WARTS\""));
    input.set(202, input.get(202).replace("\"treatment\":\"sample-prp\"", "\"treatment\":\"nope\""));

    List<String> output = run(String.join("\n", input) + "\n");

    assertThat(output).hasSize(input.size());
    long plans = 0;
    for (int i = 0; i < input.size(); i++) {
      assertThat(output.get(i)).as("line %d", i + 1).isEqualTo(single(input.get(i), i + 1));
      plans += output.get(i).contains("\"sessions\"") ? 1 : 0;
    }
    assertThat(plans).as("most lines are plans").isGreaterThan(300);
    assertThat(output.get(13)).startsWith("{\"line\":14,\"errors\":");
    assertThat(output.get(101)).contains("\"line\":102");
    assertThat(output.get(202)).contains("\"line\":203");
  }

  @Test
  void readerInputGivesTheSameOutputAsBytes() {
    StringBuilder input = new StringBuilder();
    for (long seed = 1000; seed < 1050; seed++) {
      input.append(JSON.writeRequest(GENERATOR.generate(seed))).append("\r\n");
    }
    ByteArrayOutputStream fromReader = new ByteArrayOutputStream();
    batch.run(new StringReader(input.toString()), fromReader);
    assertThat(fromReader.toString(StandardCharsets.UTF_8))
        .isEqualTo(String.join("\n", run(input.toString())) + "\n");
  }

  @Test
  void answersBlankLinesWithAnErrorLineEach() {
    String request = JSON.writeRequest(GENERATOR.generate(3));
    String input = "\n" + request + "\n  \t\r\n\n{\"id\":\"x\"}\n" + request; // no final newline
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BatchPlanner.Summary summary =
        batch.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();

    String blank = "\"errors\":[{\"path\":\"$\",\"message\":\"" + BatchPlanner.BLANK + "\"}]}";
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0)).isEqualTo("{\"line\":1," + blank);
    assertThat(lines.get(1)).isEqualTo(single(request, 2));
    assertThat(lines.get(2)).isEqualTo("{\"line\":3," + blank);
    assertThat(lines.get(3)).isEqualTo("{\"line\":4," + blank);
    assertThat(lines.get(4)).startsWith("{\"id\":\"x\",\"line\":5,\"errors\":");
    assertThat(lines.get(5)).isEqualTo(single(request, 6));
    assertThat(summary).isEqualTo(new BatchPlanner.Summary(6, 2, 0, 4, false));
  }

  @Test
  void aLineTooLongIsAnErrorLineAndTheBatchGoesOn() {
    String request = JSON.writeRequest(GENERATOR.generate(5));
    String input = "x".repeat(5000) + "\n" + request + "\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    batch.withMaxLineBytes(4096)
        .run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();

    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .isEqualTo(
            "{\"line\":1,\"errors\":[{\"path\":\"$\",\"message\":\"exceeds the limit: a line is at most 4096 bytes\"}]}");
    assertThat(lines.get(1)).isEqualTo(single(request, 2));
  }

  @Test
  void aLineThatIsNotUtf8IsAnErrorLine() {
    byte[] input = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BatchPlanner.Summary summary = batch.run(new ByteArrayInputStream(input), out);
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\"line\":1,\"errors\":[");
    assertThat(summary.errors()).isEqualTo(1);
  }

  @Test
  void anEmptyInputGivesNoOutput() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(batch.run(new ByteArrayInputStream(new byte[0]), out))
        .isEqualTo(new BatchPlanner.Summary(0, 0, 0, 0, false));
    assertThat(out.size()).isZero();
  }

  private List<String> run(String input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    batch.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).endsWith("\n");
    return text.lines().toList();
  }
}
