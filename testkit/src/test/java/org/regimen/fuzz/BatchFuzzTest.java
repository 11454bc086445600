package org.regimen.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.regimen.batch.BatchPlanner;

/**
 * Issue 15: whatever bytes a batch reads, it answers every line exactly once, in order, each
 * answer a whole JSON object with its line number, and it never stops early.
 */
class BatchFuzzTest {
  private static final BatchPlanner BATCH = BatchPlanner.of(FuzzTargets.REGIMEN).withMaxLineBytes(4096);

  @FuzzTest(maxDuration = "30m")
  void batch(byte[] input) {
    check(input);
  }

  /** The property, shared with {@link BatchFuzzCi}, which fuzzes it briefly in every build. */
  static void check(byte[] input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BatchPlanner.Summary summary = BATCH.run(new ByteArrayInputStream(input), out);

    long inputLines = countLines(input);
    String text = out.toString(StandardCharsets.UTF_8);
    List<String> answers = text.lines().toList();
    assertThat(summary.lines()).isEqualTo(inputLines);
    assertThat(answers).hasSize((int) inputLines);
    assertThat(summary.plans() + summary.comparisons() + summary.errors()).isEqualTo(inputLines);
    for (int i = 0; i < answers.size(); i++) {
      assertThat(answers.get(i)).startsWith("{").endsWith("}").contains("\"line\":" + (i + 1) + ",");
    }
    assertThat(text.isEmpty() || text.endsWith("\n")).isTrue();
  }

  /** Lines as the batch counts them: split at '\n', a last line without '\n' counts too. */
  static long countLines(byte[] input) {
    long lines = 0;
    for (byte b : input) {
      if (b == '\n') {
        lines++;
      }
    }
    return input.length > 0 && input[input.length - 1] != '\n' ? lines + 1 : lines;
  }
}
