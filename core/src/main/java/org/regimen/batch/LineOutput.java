package org.regimen.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The batch's output, written one whole line at a time: an answer is built apart, then copied into
 * the buffer with its newline, and the buffer only ever holds whole lines. A stop between two
 * writes, or a flush at any point, therefore never leaves a line cut.
 */
final class LineOutput {
  private final OutputStream target;
  private final byte[] buffer = new byte[BatchPlanner.BUFFER_BYTES];
  private int count;

  LineOutput(OutputStream target) {
    this.target = target;
  }

  /** Writes {@code answer} (which ends in its newline) whole, in one call to the target at most. */
  void writeLine(Answer answer) throws IOException {
    if (answer.size() > buffer.length - count) {
      drain();
    }
    if (answer.size() > buffer.length) {
      answer.writeTo(target); // one write of the whole line
      return;
    }
    System.arraycopy(answer.bytes(), 0, buffer, count, answer.size());
    count += answer.size();
  }

  void flush() throws IOException {
    drain();
    target.flush();
  }

  private void drain() throws IOException {
    if (count > 0) {
      target.write(buffer, 0, count);
      count = 0;
    }
  }

  /** One answer being built; the JSON writer's flush after each document does nothing here. */
  static final class Answer extends ByteArrayOutputStream {
    /** An answer far larger than usual is not kept as the next line's buffer. */
    private static final int KEEP_BYTES = 1 << 20;

    Answer() {
      super(8192);
    }

    byte[] bytes() {
      return buf;
    }

    /** Empties it for the next line, giving back memory an exceptional answer took. */
    void clear() {
      if (buf.length > KEEP_BYTES) {
        buf = new byte[8192];
      }
      reset();
    }
  }
}
