package org.regimen.batch;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.regimen.json.RegimenJson;
import org.regimen.request.TreatmentRequest;

/** The input, one line at a time, never holding more than one bounded line. */
interface Lines {
  /** Reads the next line; false at the end of the input. */
  boolean next() throws IOException;

  boolean isBlank();

  /** Whether the line was longer than the bound (its text is then not kept). */
  boolean tooLong();

  TreatmentRequest request(RegimenJson json, Optional<LocalDate> defaultAsOf);

  /** Whether more input can be read without blocking. */
  boolean ready() throws IOException;
}
