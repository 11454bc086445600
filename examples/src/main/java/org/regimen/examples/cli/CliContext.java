package org.regimen.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
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
  private final OutputStream outBytes;
  private final PrintWriter err;
  private final InputStream in;
  private final LocalDate today;
  private final RegimenJson json = RegimenJson.create();
  private Regimen regimen;

  public CliContext(PrintWriter out, PrintWriter err, InputStream in, LocalDate today) {
    this(out, new Utf8ToWriter(out), err, in, today);
  }

  /**
   * @param outBytes the same standard output as {@code out}, for output that is already UTF-8 (the
   *     batch); a subcommand flushes one before it writes to the other
   */
  public CliContext(
      PrintWriter out, OutputStream outBytes, PrintWriter err, InputStream in, LocalDate today) {
    this.out = Objects.requireNonNull(out, "out");
    this.outBytes = Objects.requireNonNull(outBytes, "outBytes");
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
        System.out,
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
        System.in,
        LocalDate.now());
  }

  public PrintWriter out() {
    return out;
  }

  /** Standard output as bytes, for UTF-8 text written in large blocks (the batch). */
  public OutputStream outBytes() {
    return outBytes;
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

  /**
   * Bytes for a context built around a writer only (tests): kept until a flush, then decoded as
   * UTF-8 into the writer. Writers of this stream flush only after whole lines, so no character is
   * ever split.
   */
  private static final class Utf8ToWriter extends OutputStream {
    private final PrintWriter out;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    Utf8ToWriter(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void write(int b) {
      pending.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      pending.write(bytes, offset, length);
    }

    @Override
    public void flush() {
      out.write(pending.toString(StandardCharsets.UTF_8));
      pending.reset();
      out.flush();
    }
  }
}
