package org.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the built {@code regimen-cli.jar} as a separate process, the way a user or a script does.
 * Failsafe passes the jar's and the module's locations as system properties; the defaults work when
 * the tests are started from the module directory.
 */
final class CliProcess {
  static final Path JAR = Path.of(System.getProperty("regimen.cli.jar", "target/regimen-cli.jar"));
  static final Path MODULE_DIR = Path.of(System.getProperty("regimen.examples.dir", "."));
  static final Path REQUESTS = MODULE_DIR.resolve("requests");

  private static final long TIMEOUT_SECONDS = 60;

  private CliProcess() {}

  /** What one run printed and returned. */
  record Result(int exitCode, String out, String err) {}

  static Result run(String... args) {
    return run(null, args);
  }

  /** Runs with {@code standardInput} (a file) as the process's standard input, if not null. */
  static Result run(Path standardInput, String... args) {
    assertThat(JAR).as("the shaded jar; build it with package first").isRegularFile();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    try {
      Path out = Files.createTempFile("regimen-cli-out", ".txt");
      Path err = Files.createTempFile("regimen-cli-err", ".txt");
      try {
        ProcessBuilder builder =
            new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        if (standardInput != null) {
          builder.redirectInput(standardInput.toFile());
        }
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new AssertionError("regimen did not finish in " + TIMEOUT_SECONDS + " s: " + command);
        }
        return new Result(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new AssertionError("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + command, e);
    }
  }
}
