package org.regimen.examples.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium, run as a separate process on a local file. No network, no sync, no first-run
 * pages and a fresh profile per run, so a run depends on nothing but the page and the binary.
 */
final class Chromium {
  private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");
  private static final long TIMEOUT_SECONDS = 90;

  private final Path binary;
  private final Path profiles;

  private Chromium(Path binary, Path profiles) {
    this.binary = binary;
    this.profiles = profiles;
  }

  /** The first Chromium on the PATH; empty when none is installed. */
  static Optional<Chromium> find(Path profiles) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : NAMES) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (!dir.isEmpty() && Files.isExecutable(candidate)) {
          return Optional.of(new Chromium(candidate, profiles));
        }
      }
    }
    return Optional.empty();
  }

  /** What a run printed. */
  record Run(int exitCode, String out, String err) {
    /** Lines the page wrote to the console, script errors included. */
    List<String> consoleLines() {
      return err.lines().filter(line -> line.contains(":CONSOLE")).toList();
    }
  }

  Run screenshot(Path page, Path png) {
    return run("--hide-scrollbars", "--screenshot=" + png, "--window-size=794,1123", page.toUri().toString());
  }

  Run printToPdf(Path page, Path pdf) {
    return run("--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString());
  }

  /** The DOM after parsing, with the console written to standard error. */
  Run dumpDom(Path page) {
    return run("--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri().toString());
  }

  private Run run(String... args) {
    try {
      Path profile = Files.createTempDirectory(profiles, "profile");
      List<String> command = new ArrayList<>(List.of(
          binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--no-first-run", "--user-data-dir=" + profile));
      command.addAll(List.of(args));
      Path out = Files.createTempFile(profiles, "out", ".txt");
      Path err = Files.createTempFile(profiles, "err", ".txt");
      Process process =
          new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
      }
      return new Run(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError("cannot run chromium", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running chromium", e);
    }
  }
}
