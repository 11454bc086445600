package org.regimen.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.regimen.error.InvalidRequestException;
import org.regimen.request.TreatmentRequest;

/**
 * Issue 15: any bytes given to any JSON entry point give a request or an {@link
 * InvalidRequestException}, never another exception (UTF-32 once gave {@code
 * UncheckedIOException}); the byte and the string entry points agree; a request that is read
 * plans, and its plan reads back. The corpus (and every crash found, as a regression input) is in
 * {@code src/test/resources/org/regimen/fuzz/JsonReadingFuzzTestInputs/}.
 */
class JsonReadingFuzzTest {
  @FuzzTest(maxDuration = "30m")
  void readRequest(byte[] input) {
    check(input);
  }

  /** The property, shared with {@link JsonReadingFuzzCi}, which fuzzes it briefly in every build. */
  static void check(byte[] input) {
    TreatmentRequest fromBytes = readOrNull(() -> FuzzTargets.JSON.readRequest(new ByteArrayInputStream(input)));
    TreatmentRequest withDefault =
        readOrNull(() -> FuzzTargets.JSON.readRequest(new ByteArrayInputStream(input), LocalDate.of(2027, 1, 5)));
    String text = new String(input, StandardCharsets.UTF_8);
    TreatmentRequest fromString = readOrNull(() -> FuzzTargets.JSON.readRequest(text));
    TreatmentRequest fromReader = readOrNull(() -> FuzzTargets.JSON.readRequest(new StringReader(text)));

    assertThat(fromReader).isEqualTo(fromString);
    if (fromBytes != null) {
      // Valid UTF-8 decodes to the same text: the string entry point reads the same request.
      assertThat(fromString).isEqualTo(fromBytes);
      FuzzTargets.answer(fromBytes);
    }
    if (withDefault != null) {
      FuzzTargets.answer(withDefault);
    }
  }

  private interface Read {
    TreatmentRequest read();
  }

  private static TreatmentRequest readOrNull(Read read) {
    try {
      return read.read();
    } catch (InvalidRequestException e) {
      FuzzTargets.checkProblems(e);
      return null;
    }
  }
}
