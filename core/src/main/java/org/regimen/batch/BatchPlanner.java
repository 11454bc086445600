package org.regimen.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.regimen.Regimen;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.json.RegimenJson;
import org.regimen.request.TreatmentRequest;

/**
 * Plans a stream of requests: JSON Lines in, JSON Lines out, in constant memory whatever the input
 * size. Each line is read, planned and written before the next is read; nothing is collected.
 *
 * <ul>
 *   <li>Exactly one output line per input line, blank lines included, in input order, each with
 *       {@code "line"}: the input line's number (1 for the first line).
 *   <li>A request with {@code treatment} (or {@code treatments}) gives the plan exactly as {@link
 *       Regimen#plan} and {@link RegimenJson#writePlan} give it for the same request alone, with
 *       {@code "line"} after its {@code id}; a request with neither gives the comparison ({@link
 *       Regimen#compare}).
 *   <li>Anything wrong with one line is an error object for that line only, and the batch goes on:
 *       an invalid request, a blank line, a line longer than {@link #maxLineBytes()} (skipped,
 *       never held in memory), a line that is not UTF-8 (UTF-16, UTF-32, malformed bytes), one
 *       over any limit of {@link RegimenJson}, and even a failure inside planning (reported as an
 *       internal error, with the request's id).
 *   <li>Each answer is built apart and written whole with its newline; the output is flushed
 *       every {@value #FLUSH_EVERY_LINES} lines, whenever the input has nothing more ready (so an
 *       interactive caller sees each answer as soon as it is planned), on a {@link StopSignal}
 *       and at the end. Whatever is flushed ends with a whole line.
 * </ul>
 *
 * <p>Memory: one input line (at most {@link #maxLineBytes()} bytes), one request and one plan at a
 * time, plus fixed buffers. Immutable and thread-safe: one instance may run several batches at once
 * on different streams; planning itself shares nothing mutable.
 *
 * @since 0.1.0
 */
public final class BatchPlanner {
  /** The longest line read, in bytes: the same bound as a single request's document. */
  public static final int DEFAULT_MAX_LINE_BYTES = 1_000_000;

  static final String BLANK = "is a blank line: one request is expected on every line";
  static final String INTERNAL =
      "could not be answered: an internal error in planning; the other lines are not affected";

  static final int FLUSH_EVERY_LINES = 1024;
  static final int BUFFER_BYTES = 64 * 1024;

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

  /**
   * A batch planner in which every request must carry its own {@code asOf}.
   *
   * @param regimen the loaded modules to plan with
   * @return a planner with the default line bound
   */
  public static BatchPlanner of(Regimen regimen) {
    return new BatchPlanner(regimen, RegimenJson.create(), Optional.empty(), DEFAULT_MAX_LINE_BYTES);
  }

  /**
   * The same, taking {@code asOf} for requests without one (the command-line tool passes today).
   *
   * @param asOf the day that stands for "today" in a request without {@code asOf}
   * @return a new planner; this one is unchanged
   */
  public BatchPlanner withDefaultAsOf(LocalDate asOf) {
    return new BatchPlanner(regimen, json, Optional.of(asOf), maxLineBytes);
  }

  /**
   * The same, with another bound on the length of a line.
   *
   * @param bytes the longest line answered, in bytes (at least 1); a longer one is an error answer
   * @return a new planner; this one is unchanged
   * @throws IllegalArgumentException if {@code bytes} is less than 1
   */
  public BatchPlanner withMaxLineBytes(int bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("maxLineBytes: must be at least 1");
    }
    return new BatchPlanner(regimen, json, defaultAsOf, bytes);
  }

  /**
   * The bound on the length of a line.
   *
   * @return the longest line answered, in bytes
   */
  public int maxLineBytes() {
    return maxLineBytes;
  }

  /**
   * What one batch did. {@code lines} counts every line read and answered, blank ones included;
   * {@code errors} the error answers among them (blank lines included); {@code stopped} says a
   * {@link StopSignal} ended it before the end of the input.
   */
  public record Summary(long lines, long plans, long comparisons, long errors, boolean stopped) {
    /**
     * Whether the whole input was answered without an error.
     *
     * @return true when every line was answered with a plan or a comparison
     */
    public boolean allAnswered() {
      return errors == 0 && !stopped;
    }
  }

  /**
   * Plans every line of {@code in} (UTF-8 JSON Lines) and writes one answer a line to {@code out}
   * (UTF-8). Neither stream is closed; {@code out} is flushed at the end.
   *
   * @param in the requests, one JSON document a line
   * @param out where the answers go, one a line
   * @return what the batch did
   * @throws UncheckedIOException if {@code in} cannot be read or {@code out} cannot be written
   */
  public Summary run(InputStream in, OutputStream out) {
    return run(in, out, new StopSignal());
  }

  /**
   * As {@link #run(InputStream, OutputStream)}, stopping after the current line on {@code stop}.
   *
   * @param in the requests, one JSON document a line
   * @param out where the answers go, one a line
   * @param stop asks the batch to stop between two lines
   * @return what the batch did
   */
  public Summary run(InputStream in, OutputStream out, StopSignal stop) {
    return run(new ByteLines(in, maxLineBytes), out, stop);
  }

  /**
   * As {@link #run(InputStream, OutputStream)}, reading characters.
   *
   * @param in the requests, one JSON document a line
   * @param out where the answers go, one a line
   * @return what the batch did
   */
  public Summary run(Reader in, OutputStream out) {
    return run(in, out, new StopSignal());
  }

  /**
   * As {@link #run(InputStream, OutputStream, StopSignal)}, reading characters.
   *
   * @param in the requests, one JSON document a line
   * @param out where the answers go, one a line
   * @param stop asks the batch to stop between two lines
   * @return what the batch did
   */
  public Summary run(Reader in, OutputStream out, StopSignal stop) {
    return run(new CharLines(in, maxLineBytes), out, stop);
  }

  private Summary run(Lines lines, OutputStream target, StopSignal stop) {
    LineOutput out = new LineOutput(target);
    LineOutput.Answer answer = new LineOutput.Answer();
    long lineNumber = 0;
    long plans = 0;
    long comparisons = 0;
    long errors = 0;
    boolean stopped = false;
    try {
      while (true) {
        if (stop.requested()) {
          stopped = true;
          break;
        }
        if (!lines.next()) {
          break;
        }
        lineNumber++;
        int line = (int) Math.min(lineNumber, Integer.MAX_VALUE);
        answer.clear();
        switch (answer(lines, line, answer)) {
          case PLAN -> plans++;
          case COMPARISON -> comparisons++;
          case ERROR -> errors++;
        }
        answer.write('\n');
        out.writeLine(answer);
        if (lineNumber % FLUSH_EVERY_LINES == 0 || !lines.ready()) {
          out.flush();
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      stop.finished();
    }
    return new Summary(lineNumber, plans, comparisons, errors, stopped);
  }

  private enum Kind {
    PLAN,
    COMPARISON,
    ERROR
  }

  /** Writes the answer to the current line into {@code answer}, whatever the line holds. */
  private Kind answer(Lines lines, int line, LineOutput.Answer answer) {
    Optional<String> id = Optional.empty();
    try {
      if (lines.tooLong()) {
        throw unreadable("exceeds the limit: a line is at most " + maxLineBytes + " bytes");
      }
      if (lines.isBlank()) {
        throw unreadable(BLANK);
      }
      TreatmentRequest request = lines.request(json, defaultAsOf);
      id = request.id();
      if (request.treatment().isPresent() || !request.treatments().isEmpty()) {
        json.writePlan(regimen.plan(request), line, answer);
        return Kind.PLAN;
      }
      json.writeComparison(regimen.compare(request), line, answer);
      return Kind.COMPARISON;
    } catch (InvalidRequestException invalid) {
      answer.clear();
      json.writeErrors(invalid, line, answer);
      return Kind.ERROR;
    } catch (RuntimeException | StackOverflowError bug) {
      // A defect, not the caller's input: still one answer for this line only, with the id (the
      // exception's own message is not passed on: it may hold a value).
      answer.clear();
      json.writeErrors(new InvalidRequestException(id, List.of(Problem.of("$", INTERNAL))), line, answer);
      return Kind.ERROR;
    }
  }

  private static InvalidRequestException unreadable(String message) {
    return new InvalidRequestException(List.of(Problem.of("$", message)));
  }
}
