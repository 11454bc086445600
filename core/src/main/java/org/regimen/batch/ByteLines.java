package org.regimen.batch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.regimen.json.RegimenJson;
import org.regimen.request.TreatmentRequest;

/** Lines of UTF-8 bytes, parsed without decoding them to a string first. */
final class ByteLines implements Lines {
  private final InputStream in;
  private final int max;
  private final byte[] buffer = new byte[BatchPlanner.BUFFER_BYTES];
  private int position;
  private int limit;
  private byte[] line = new byte[1024];
  private int length;
  private boolean tooLong;

  ByteLines(InputStream in, int max) {
    this.in = in;
    this.max = max;
  }

  @Override
  public boolean next() throws IOException {
    length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return any;
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      append(start, position - start);
      if (position < limit) {
        position++; // the '\n'
        return true;
      }
    }
  }

  private void append(int start, int count) {
    if (tooLong || count == 0) {
      return;
    }
    if (length + count > max) {
      tooLong = true;
      length = 0;
      return;
    }
    if (length + count > line.length) {
      line = java.util.Arrays.copyOf(line, Math.min(max, Math.max(length + count, line.length * 2)));
    }
    System.arraycopy(buffer, start, line, length, count);
    length += count;
  }

  @Override
  public boolean isBlank() {
    if (tooLong) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean tooLong() {
    return tooLong;
  }

  @Override
  public TreatmentRequest request(RegimenJson json, Optional<LocalDate> defaultAsOf) {
    // A trailing '\r' (Windows line ends) is white space to the JSON parser.
    ByteArrayInputStream text = new ByteArrayInputStream(line, 0, length);
    return defaultAsOf.isPresent()
        ? json.readRequest(text, defaultAsOf.get())
        : json.readRequest(text);
  }

  @Override
  public boolean ready() throws IOException {
    return position < limit || in.available() > 0;
  }
}
