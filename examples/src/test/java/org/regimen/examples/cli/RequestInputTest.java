package org.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;

/** Reading a request's text: a file, standard input, and every way that fails with path {@code $}. */
class RequestInputTest {
  private static final InputStream NO_INPUT = InputStream.nullInputStream();

  @TempDir Path dir;

  @Test
  void readsAFileAsUtf8() throws Exception {
    Path file = Files.writeString(dir.resolve("r.json"), "{\"id\":\"café\"}", StandardCharsets.UTF_8);

    assertThat(RequestInput.read(file.toString(), NO_INPUT)).isEqualTo("{\"id\":\"café\"}");
  }

  @Test
  void readsStandardInputWithoutAFileOrWithDash() {
    assertThat(RequestInput.read(null, stdin("{}"))).isEqualTo("{}");
    assertThat(RequestInput.read("-", stdin("{ }"))).isEqualTo("{ }");
  }

  @Test
  void missingFileIsAnInvalidRequestForTheWholeDocumentNamingTheFile() {
    String missing = dir.resolve("missing.json").toString();

    assertUnreadable(missing, NO_INPUT, "the request file '" + missing + "' does not exist");
  }

  @Test
  void directoryIsAnInvalidRequestForTheWholeDocumentNamingIt() {
    assertUnreadable(dir.toString(), NO_INPUT, "the request file '" + dir + "' is a directory");
  }

  @Test
  void textThatIsNotUtf8IsAnInvalidRequest() throws Exception {
    Path file = Files.write(dir.resolve("latin1.json"), new byte[] {'{', (byte) 0xE9, '}'});

    assertUnreadable(file.toString(), NO_INPUT, "UTF-8");
  }

  @Test
  void oversizedStandardInputIsAnInvalidRequest() {
    InputStream huge = new ByteArrayInputStream(new byte[RequestInput.MAX_BYTES + 1]);

    assertUnreadable(null, huge, "larger than");
  }

  private static void assertUnreadable(String file, InputStream in, String messagePart) {
    assertThatThrownBy(() -> RequestInput.read(file, in))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            invalid ->
                assertThat(invalid.problems())
                    .singleElement()
                    .satisfies(problem -> assertThat(problem.path()).isEqualTo("$"))
                    .extracting(Problem::message)
                    .asString()
                    .contains(messagePart));
  }

  private static InputStream stdin(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
