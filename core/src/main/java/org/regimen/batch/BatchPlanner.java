package org.regimen.batch;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.regimen.InvalidRequestException;
import org.regimen.Problem;
import org.regimen.Regimen;
import org.regimen.json.RegimenJson;
import org.regimen.request.TreatmentRequest;

/**
 * Plans a stream of requests: JSON Lines in, JSON Lines out, in constant memory whatever the input
 * size. Each line is read, planned and written before the next is read; nothing is collected.
 *
 * <ul>
 *   <li>One output line per non-blank input line, in input order. Blank lines (empty or only
 *       spaces, tabs and a trailing {@code \r}) are skipped and give no output line, but they still
 *       count for line numbers.
 *   <li>A request with {@code treatment} (or {@code treatments}) gives the plan exactly as {@link
 *       Regimen#plan} and {@link RegimenJson#writePlan} give it for the same request alone; a request
 *       with neither gives the comparison ({@link Regimen#compare}).
 *   <li>An invalid request gives the contract's error object with {@code "line"}, the request's line
 *       number in the input (1 for the first line, blank lines included). So does a line longer than
 *       {@link #maxLineBytes()} (its text is skipped, never held in memory) and a line that is not
 *       UTF-8. A bad line never stops the batch.
 *   <li>Output is buffered and flushed every {@value #FLUSH_EVERY_LINES} lines, whenever the input
 *       has nothing more ready (so an interactive caller sees each answer as soon as its request has
 *       been planned), and at the end.
 * </ul>
 *
 * <p>Memory: one input line (at most {@link #maxLineBytes()} bytes), one request and one plan at a
 * time, plus fixed buffers. Immutable and thread-safe: one instance may run several batches at once
 * on different streams; planning itself shares nothing mutable.
 */
public final class BatchPlanner {
  /** The longest line read, in bytes: the same bound as a single request's document. */
  public static final int DEFAULT_MAX_LINE_BYTES = 1_000_000;

  static final int FLUSH_EVERY_LINES = 1024;
  static final int BUFFER_BYTES = 64 * 1024;
  private static final byte[] NEWLINE = {'\n'};

  private final Regimen regimen;
  private final RegimenJson json;
  private final Optional<LocalDate> defaultAsOf;
  private final int maxLineBytes;

  private BatchPlanner(
      Regimen regimen, RegimenJson json, Optional<LocalDate> defaultAsOf, int maxLineBytes) {
    this.regimen = Objects.requireNonNull(regimen, "regimen");
    this.json = json;
    this.defaultAsOf = defaultAsOf;
    this.maxLineBytes = maxLineBytes;
  }

  /** A batch planner over {@code regimen}; every request must carry its own {@code asOf}. */
  public static BatchPlanner of(Regimen regimen) {
    return new BatchPlanner(regimen, RegimenJson.create(), Optional.empty(), DEFAULT_MAX_LINE_BYTES);
  }

  /** The same, taking {@code asOf} for requests without one (the command-line tool passes today). */
  public BatchPlanner withDefaultAsOf(LocalDate asOf) {
    return new BatchPlanner(regimen, json, Optional.of(asOf), maxLineBytes);
  }

  /** The same, with another bound on the length of a line. */
  public BatchPlanner withMaxLineBytes(int bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("maxLineBytes: must be at least 1");
    }
    return new BatchPlanner(regimen, json, defaultAsOf, bytes);
  }

  public int maxLineBytes() {
    return maxLineBytes;
  }

  /** What one batch did. {@code lines} counts every line read, blank ones included. */
  public record Summary(long lines, long plans, long comparisons, long errors) {}

  /**
   * Plans every line of {@code in} (UTF-8 JSON Lines) and writes one answer a line to {@code out}
   * (UTF-8). Neither stream is closed; {@code out} is flushed at the end.
   *
   * @throws UncheckedIOException if {@code in} cannot be read or {@code out} cannot be written
   */
  public Summary run(InputStream in, OutputStream out) {
    return run(new ByteLines(in, maxLineBytes), out);
  }

  /** As {@link #run(InputStream, OutputStream)}, reading characters. */
  public Summary run(Reader in, OutputStream out) {
    return run(new CharLines(in, maxLineBytes), out);
  }

  private Summary run(Lines lines, OutputStream target) {
    Output out = new Output(target);
    long lineNumber = 0;
    long plans = 0;
    long comparisons = 0;
    long errors = 0;
    try {
      while (lines.next()) {
        lineNumber++;
        if (lines.isBlank()) {
          continue;
        }
        int line = (int) Math.min(lineNumber, Integer.MAX_VALUE);
        try {
          if (lines.tooLong()) {
            throw unreadable("the line is longer than " + maxLineBytes + " bytes");
          }
          TreatmentRequest request = lines.request(json, defaultAsOf);
          if (request.treatment().isPresent() || !request.treatments().isEmpty()) {
            json.writePlan(regimen.plan(request), out.unflushed);
            plans++;
          } else {
            json.writeComparison(regimen.compare(request), out.unflushed);
            comparisons++;
          }
        } catch (InvalidRequestException invalid) {
          out.unflushed.write(json.writeErrors(invalid, line).getBytes(StandardCharsets.UTF_8));
          errors++;
        }
        out.unflushed.write(NEWLINE);
        if (lineNumber % FLUSH_EVERY_LINES == 0 || !lines.ready()) {
          out.flush();
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Summary(lineNumber, plans, comparisons, errors);
  }

  private static InvalidRequestException unreadable(String message) {
    return new InvalidRequestException(List.of(Problem.of("$", message)));
  }

  /**
   * A buffer over the caller's stream whose {@code flush} (called by the JSON writer after every
   * document) does nothing: the batch flushes it itself, far less often.
   */
  private static final class Output {
    private final OutputStream target;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int count;

    final OutputStream unflushed =
        new FilterOutputStream(OutputStream.nullOutputStream()) {
          @Override
          public void write(int b) throws IOException {
            if (count == buffer.length) {
              drain();
            }
            buffer[count++] = (byte) b;
          }

          @Override
          public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length >= buffer.length) {
              drain();
              target.write(bytes, offset, length);
              return;
            }
            if (length > buffer.length - count) {
              drain();
            }
            System.arraycopy(bytes, offset, buffer, count, length);
            count += length;
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };

    Output(OutputStream target) {
      this.target = target;
    }

    private void drain() throws IOException {
      if (count > 0) {
        target.write(buffer, 0, count);
        count = 0;
      }
    }

    void flush() throws IOException {
      drain();
      target.flush();
    }
  }
}
