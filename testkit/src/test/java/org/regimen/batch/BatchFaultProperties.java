package org.regimen.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.json.RegimenJson;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.ProtocolLoader;
import org.regimen.request.BodyArea;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.Indication;
import org.regimen.request.TreatmentRequest;
import org.regimen.spi.TreatmentModule;
import org.regimen.testing.RequestGenerator;

/**
 * Issue 15: over generated batches with injected faults (UTF-16 and UTF-32 lines, malformed UTF-8,
 * oversize lines, blank lines, byte-order marks, broken JSON, and a stop at a random point), the
 * output has one whole line per input line, in order, each with its line number, and every good
 * answer is exactly what planning that request alone gives.
 */
class BatchFaultProperties {
  private static final Protocol SAMPLE =
      ProtocolLoader.load(BatchFaultProperties.class, "org/regimen/protocol/sample-protocol.json");
  private static final TreatmentModule MODULE = () -> SAMPLE;
  private static final Regimen REGIMEN = Regimen.of(TreatmentCatalog.of(List.of(MODULE)));
  private static final RegimenJson JSON = RegimenJson.create();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final RequestGenerator GENERATOR =
      new RequestGenerator(
          SAMPLE.id(),
          EnumSet.of(Indication.STRETCH_MARKS, Indication.SKIN_LAXITY, Indication.FINE_LINES_AND_WRINKLES),
          EnumSet.allOf(BodyArea.class));
  private static final int MAX_LINE_BYTES = 8192;
  private static final BatchPlanner BATCH = BatchPlanner.of(REGIMEN).withMaxLineBytes(MAX_LINE_BYTES);
  private static final int KINDS = 10;

  /** One input line and, for a good request, the answer planning it alone gives. */
  private record Line(byte[] bytes, Optional<String> alone, Optional<String> id) {
    Line(byte[] bytes) {
      this(bytes, Optional.empty(), Optional.empty());
    }

    Line(byte[] bytes, TreatmentRequest request) {
      this(bytes, Optional.of(BatchFaultProperties.alone(request)), request.id());
    }
  }

  @Test
  void everyLineGetsOneWholeAnswerInOrder() {
    qt().withExamples(60)
        .withFixedSeed(20261201L)
        .forAll(
            lists().of(integers().between(0, 1_000_000)).ofSizeBetween(0, 20),
            booleans().all())
        .checkAssert((codes, finalNewline) -> {
          List<Line> lines = codes.stream().map(BatchFaultProperties::line).toList();
          byte[] input = join(lines, finalNewline);

          List<String> output = run(new ByteArrayInputStream(input), new StopSignal());

          assertThat(output).hasSize(lines.size());
          for (int i = 0; i < lines.size(); i++) {
            JsonNode answer = whole(output.get(i));
            assertThat(answer.get("line").intValue()).isEqualTo(i + 1);
            int n = i + 1;
            Line in = lines.get(i);
            in.alone().ifPresent(alone -> assertThat(output.get(n - 1)).isEqualTo(BatchPlannerTest.withLine(alone, in.id(), n)));
          }
        });
  }

  @Test
  void aStopAtAnyPointLeavesAPrefixOfWholeLines() {
    qt().withExamples(40)
        .withFixedSeed(20261202L)
        .forAll(
            lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 15),
            integers().between(0, 100))
        .checkAssert((codes, stopPercent) -> {
          List<Line> lines = codes.stream().map(BatchFaultProperties::line).toList();
          byte[] input = join(lines, true);
          List<String> full = run(new ByteArrayInputStream(input), new StopSignal());

          StopSignal stop = new StopSignal();
          int stopAt = input.length * stopPercent / 100;
          List<String> stopped = run(new StopAfter(new ByteArrayInputStream(input), stopAt, stop), stop);

          assertThat(full).startsWith(stopped.toArray(String[]::new));
          stopped.forEach(BatchFaultProperties::whole);
        });
  }

  private static List<String> run(InputStream in, StopSignal stop) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BATCH.run(in, out, stop);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text.isEmpty() || text.endsWith("\n")).as("ends with a whole line").isTrue();
    return text.isEmpty() ? List.of() : List.of(text.split("\n", -1)).subList(0, text.split("\n", -1).length - 1);
  }

  private static JsonNode whole(String answer) {
    try {
      JsonNode node = MAPPER.readTree(answer);
      assertThat(node.isObject()).isTrue();
      assertThat(node.has("line")).isTrue();
      return node;
    } catch (IOException e) {
      throw new AssertionError("not one whole JSON object: " + answer.length() + " characters", e);
    }
  }

  /** A line of kind {@code code % KINDS}, made from the seed {@code code / KINDS}. */
  private static Line line(int code) {
    long seed = code / KINDS;
    TreatmentRequest request = GENERATOR.generate(seed);
    String json = JSON.writeRequest(request);
    return switch (code % KINDS) {
      case 0, 1, 2 -> new Line(utf8(json), request);
      case 3 -> {
        TreatmentRequest comparison = ImmutableTreatmentRequest.copyOf(request).withTreatment(Optional.empty());
        yield new Line(utf8(JSON.writeRequest(comparison)), comparison);
      }
      case 4 -> new Line(List.of(utf8(""), utf8("   "), utf8("\t\r")).get((int) (seed % 3)));
      case 5 -> new Line(json.getBytes(seed % 2 == 0 ? StandardCharsets.UTF_16LE : Charset.forName("UTF-32BE")));
      case 6 -> new Line(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
      case 7 -> new Line(utf8("{\"id\":\"" + "x".repeat(MAX_LINE_BYTES) + "\"}"));
      case 8 -> new Line(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(json)), request);
      default -> new Line(utf8(json.substring(0, (int) (seed % json.length()))));
    };
  }

  private static String alone(TreatmentRequest request) {
    return request.treatment().isPresent()
        ? JSON.writePlan(REGIMEN.plan(request))
        : JSON.writeComparison(REGIMEN.compare(request));
  }

  private static byte[] join(List<Line> lines, boolean finalNewline) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (int i = 0; i < lines.size(); i++) {
      all.writeBytes(lines.get(i).bytes());
      // An empty last line exists only with its newline: without one there is no such line.
      if (i < lines.size() - 1 || finalNewline || lines.get(i).bytes().length == 0) {
        all.write('\n');
      }
    }
    return all.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** Input that asks the batch to stop once {@code stopAt} bytes have been read (a SIGTERM). */
  private static final class StopAfter extends FilterInputStream {
    private final int stopAt;
    private final StopSignal stop;
    private int read;

    StopAfter(InputStream in, int stopAt, StopSignal stop) {
      super(in);
      this.stopAt = stopAt;
      this.stop = stop;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      // Small reads, so that the stop can fall between any two lines.
      int n = super.read(b, off, Math.min(len, 97));
      read += Math.max(n, 0);
      if (read >= stopAt) {
        stop.request();
      }
      return n;
    }
  }
}
