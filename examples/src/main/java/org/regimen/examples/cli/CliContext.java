package org.regimen.examples.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import org.regimen.Regimen;
import org.regimen.json.RegimenJson;

/**
 * What the subcommands share: the standard streams, today's date and the library. The library is
 * loaded on first use, so that {@code --help} works even when a treatment module is broken.
 */
public final class CliContext {
  private final PrintWriter out;
  private final PrintWriter err;
  private final InputStream in;
  private final LocalDate today;
  private final RegimenJson json = RegimenJson.create();
  private Regimen regimen;

  public CliContext(PrintWriter out, PrintWriter err, InputStream in, LocalDate today) {
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
    this.in = Objects.requireNonNull(in, "in");
    this.today = Objects.requireNonNull(today, "today");
  }

  /**
   * The process's standard streams (UTF-8) and the system clock's date: the only place the tool
   * reads a clock. It is the {@code asOf} of requests that have none.
   */
  public static CliContext system() {
    return new CliContext(
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
        System.in,
        LocalDate.now());
  }

  public PrintWriter out() {
    return out;
  }

  public PrintWriter err() {
    return err;
  }

  public InputStream in() {
    return in;
  }

  /** The {@code asOf} of a request that has none. */
  public LocalDate today() {
    return today;
  }

  public RegimenJson json() {
    return json;
  }

  /**
   * The library with every treatment module on the class path.
   *
   * @throws org.regimen.catalog.CatalogException if a module is broken
   */
  public Regimen regimen() {
    if (regimen == null) {
      regimen = Regimen.load();
    }
    return regimen;
  }
}
