package org.regimen.validation;

import java.lang.ref.WeakReference;
import java.util.List;
import org.regimen.error.Problem;
import org.regimen.request.TreatmentRequest;

/**
 * Runs {@link RequestValidator} once per request, however the request came in. The JSON reader
 * validates every request it returns, and a caller then plans it: without this, planning would check
 * the same request again. A request is immutable, so a request object found valid stays valid; each
 * thread remembers the last one it read in full ({@link #readValid}), by identity and weakly (no
 * patient data is kept alive), and {@link #problems} does not check that one again. A request read on
 * one thread and planned on another, or changed after reading ({@code with...} makes a new object),
 * is simply checked again.
 *
 * @since 0.1.0
 */
public final class ValidatedRequests {
  private static final ThreadLocal<Seen> SEEN = ThreadLocal.withInitial(Seen::new);

  /** This thread's last request read valid, and how many times it ran the rules (for tests). */
  private static final class Seen {
    WeakReference<TreatmentRequest> valid = new WeakReference<>(null);
    long validations;
  }

  private ValidatedRequests() {}

  /**
   * Every rule the request breaks ({@link RequestValidator#validate}); empty, without checking it
   * again, when it is the request this thread last read valid.
   */
  public static List<Problem> problems(TreatmentRequest request) {
    Seen seen = SEEN.get();
    if (seen.valid.get() == request) {
      return List.of();
    }
    seen.validations++;
    return RequestValidator.validate(request);
  }

  /** Remembers {@code request}, which this thread has just read and found valid in full. */
  public static void readValid(TreatmentRequest request) {
    SEEN.get().valid = new WeakReference<>(request);
  }

  /** How many times this thread has run the rules through {@link #problems}: the tests' hook. */
  static long validationsOnThisThread() {
    return SEEN.get().validations;
  }
}
