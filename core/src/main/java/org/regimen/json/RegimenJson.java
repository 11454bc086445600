package org.regimen.json;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import org.regimen.InvalidRequestException;
import org.regimen.plan.Comparison;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.TreatmentRequest;

/**
 * The public JSON form of requests, plans, comparisons and errors (see the README's "JSON contract").
 * Reading is strict and bounded; every problem is reported with its path in one {@link
 * InvalidRequestException}. Thread-safe: create once, share.
 */
public final class RegimenJson {
  // Filled in by the JSON binding work: this class is the only public entry point.
  public static RegimenJson create() {
    return new RegimenJson();
  }

  public TreatmentRequest readRequest(String json) {
    throw new UnsupportedOperationException("not yet");
  }

  /** As {@link #readRequest(String)}, with {@code defaultAsOf} where the request has no {@code asOf}. */
  public TreatmentRequest readRequest(String json, LocalDate defaultAsOf) {
    throw new UnsupportedOperationException("not yet");
  }

  public TreatmentRequest readRequest(InputStream in) {
    throw new UnsupportedOperationException("not yet");
  }

  public String writeRequest(TreatmentRequest request) {
    throw new UnsupportedOperationException("not yet");
  }

  public String writePlan(TreatmentPlan plan) {
    throw new UnsupportedOperationException("not yet");
  }

  public void writePlan(TreatmentPlan plan, OutputStream out) {
    throw new UnsupportedOperationException("not yet");
  }

  public TreatmentPlan readPlan(String json) {
    throw new UnsupportedOperationException("not yet");
  }

  public String writeComparison(Comparison comparison) {
    throw new UnsupportedOperationException("not yet");
  }

  public String writeErrors(InvalidRequestException error) {
    throw new UnsupportedOperationException("not yet");
  }
}
