package org.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, "One encoding policy": {@code plan}, {@code compare} and {@code batch} read a
 * byte-order mark the same way (ignored) and reject UTF-16 and UTF-32 with the same message. Before,
 * {@code batch} took a mark and UTF-16 that {@code plan} rejected as "not valid JSON".
 */
class EncodingIT {
  private static final String UTF16_OR_32 = "it looks like UTF-16 or UTF-32";
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @Test
  void aByteOrderMarkIsIgnoredByEveryCommand() throws Exception {
    Path plain = CliProcess.REQUESTS.resolve("prp-stretch-marks.json");
    Path marked = withBytes(concat(BOM, Files.readAllBytes(plain)));
    try {
      assertThat(CliProcess.run("plan", "--json", marked.toString()).out())
          .isEqualTo(CliProcess.run("plan", "--json", plain.toString()).out());
      assertThat(CliProcess.run("compare", "--json", marked.toString()).out())
          .isEqualTo(CliProcess.run("compare", "--json", plain.toString()).out());
      String line = Files.readString(plain, StandardCharsets.UTF_8).replace("\n", "");
      Files.write(marked, concat(BOM, (line + "\n").getBytes(StandardCharsets.UTF_8)));
      CliProcess.Result batch = CliProcess.run("batch", marked.toString());
      assertThat(batch.exitCode()).isZero();
      assertThat(batch.out()).startsWith("{\"id\":\"example-prp-stretch-marks\",\"line\":1,\"treatment\"");
    } finally {
      Files.delete(marked);
    }
  }

  @Test
  void utf16AndUtf32AreTheSameErrorForEveryCommand() throws Exception {
    String request = Files.readString(CliProcess.REQUESTS.resolve("prp-stretch-marks.json"), StandardCharsets.UTF_8);
    for (String charset : new String[] {"UTF-16", "UTF-16LE", "UTF-32"}) {
      Path file = withBytes(request.replace("\n", "").getBytes(charset));
      try {
        for (String command : new String[] {"plan", "compare"}) {
          CliProcess.Result result = CliProcess.run(command, file.toString());
          assertThat(result.exitCode()).as("%s %s", command, charset).isEqualTo(2);
          assertThat(result.err()).as("%s %s", command, charset).contains(UTF16_OR_32);
        }
        CliProcess.Result batch = CliProcess.run("batch", file.toString());
        assertThat(batch.exitCode()).isEqualTo(1);
        assertThat(batch.out()).startsWith("{\"line\":1,\"errors\":[{\"path\":\"$\"").contains(UTF16_OR_32);
        assertThat(batch.out()).doesNotContain("example-prp");
      } finally {
        Files.delete(file);
      }
    }
  }

  private static Path withBytes(byte[] bytes) throws Exception {
    return Files.write(Files.createTempFile("regimen-encoding", ".json"), bytes);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(a);
    all.writeBytes(b);
    return all.toByteArray();
  }
}
