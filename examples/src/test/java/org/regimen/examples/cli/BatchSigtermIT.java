package org.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a batch killed with SIGTERM ({@link Process#destroy()}) while it plans a large file
 * finishes the line it is on and flushes: its output is whole lines only, numbered from 1 without
 * a gap. (Before, 6 of 8 kills left a cut last line.)
 */
class BatchSigtermIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int LINES = 20_000;

  @Test
  void sigtermLeavesOnlyWholeLines() throws Exception {
    String request = Files.readAllLines(CliProcess.REQUESTS.resolve("batch/mixed.jsonl"), StandardCharsets.UTF_8).get(0);
    Path input = Files.createTempFile("regimen-sigterm-in", ".jsonl");
    Path output = Files.createTempFile("regimen-sigterm-out", ".jsonl");
    try {
      Files.writeString(input, (request + "\n").repeat(LINES), StandardCharsets.UTF_8);
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(List.of("-jar", CliProcess.JAR.toString(), "batch", input.toString()));
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(output.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      // Kill it mid-way: once answers are coming out, well before the end.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (Files.size(output) < 200_000 && process.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(process.isAlive()).as("still planning when killed").isTrue();
      process.destroy(); // SIGTERM
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("ends after SIGTERM").isTrue();

      String text = Files.readString(output, StandardCharsets.UTF_8);
      assertThat(text).isNotEmpty().endsWith("\n");
      List<String> lines = text.lines().toList();
      assertThat(lines.size()).as("stopped before the end").isLessThan(LINES);
      for (int i = 0; i < lines.size(); i++) {
        JsonNode answer = parse(lines.get(i));
        assertThat(answer.get("line").intValue()).isEqualTo(i + 1);
      }
    } finally {
      Files.deleteIfExists(input);
      Files.deleteIfExists(output);
    }
  }

  private static JsonNode parse(String line) {
    try {
      return MAPPER.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("a cut line of " + line.length() + " characters", e);
    }
  }
}
