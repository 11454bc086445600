package org.regimen.batch;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.Optional;
import org.regimen.json.RegimenJson;
import org.regimen.request.TreatmentRequest;

/** Lines of characters, for callers that already hold a {@link Reader}. */
final class CharLines implements Lines {
  private final Reader in;
  private final int max;
  private final char[] buffer = new char[BatchPlanner.BUFFER_BYTES / 2];
  private int position;
  private int limit;
  private final StringBuilder line = new StringBuilder();
  private boolean tooLong;

  CharLines(Reader in, int max) {
    this.in = in;
    this.max = max;
  }

  @Override
  public boolean next() throws IOException {
    line.setLength(0);
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
      int count = position - start;
      if (!tooLong && count > 0) {
        // The bound counts characters here: at least as lenient as bytes.
        if (line.length() + count > max) {
          tooLong = true;
          line.setLength(0);
          line.trimToSize();
        } else {
          line.append(buffer, start, count);
        }
      }
      if (position < limit) {
        position++;
        return true;
      }
    }
  }

  @Override
  public boolean isBlank() {
    return !tooLong && line.toString().isBlank();
  }

  @Override
  public boolean tooLong() {
    return tooLong;
  }

  @Override
  public TreatmentRequest request(RegimenJson json, Optional<LocalDate> defaultAsOf) {
    String text = line.toString();
    return defaultAsOf.isPresent() ? json.readRequest(text, defaultAsOf.get()) : json.readRequest(text);
  }

  @Override
  public boolean ready() throws IOException {
    return position < limit || in.ready();
  }
}
