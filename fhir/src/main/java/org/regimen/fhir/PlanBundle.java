package org.regimen.fhir;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.TreatmentRequest;

/**
 * A plan as one FHIR R4 {@code Bundle} of type {@code collection}: a {@code CarePlan} with an
 * activity per session (a proposed {@code Appointment} based on a {@code ServiceRequest} with the
 * body sites), per visit and per dated instruction; the screening findings as {@code
 * DetectedIssue}s implicating the plan; the expected results as {@code Goal}s; risks, maintenance,
 * cost and sources as notes. The CarePlan instantiates the protocol's {@code PlanDefinition} (see
 * {@link ProtocolDefinitions}).
 *
 * <p>The request carries no identity of the patient, and none enters the Bundle: the subject is an
 * empty {@code Patient} entry the integrator links to its own record, or the reference given with
 * {@link #withSubject}. The Bundle is a function of the request and the plan: its timestamp is
 * {@code asOf}, its entry URLs are name-based UUIDs of the request id.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PlanBundle {
  private final TreatmentRequest request;
  private final TreatmentPlan plan;
  private final Optional<String> subject;

  private PlanBundle(TreatmentRequest request, TreatmentPlan plan, Optional<String> subject) {
    this.request = request;
    this.plan = plan;
    this.subject = subject;
  }

  /**
   * The FHIR export of {@code plan}, with a placeholder Patient until {@link #withSubject} names
   * the integrator's own.
   *
   * @param request the request the plan was made from, not null
   * @param plan the plan, not null
   * @throws IllegalArgumentException if the plan's id is not the request's id
   * @return the export of {@code plan} as a FHIR R4 Bundle
   */
  public static PlanBundle of(TreatmentRequest request, TreatmentPlan plan) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(plan, "plan");
    if (!request.id().equals(plan.id())) {
      throw new IllegalArgumentException("plan.id: the plan was not made from this request");
    }
    return new PlanBundle(request, plan, Optional.empty());
  }

  /**
   * The same export with every resource pointing at the integrator's own patient, for example
   * {@code Patient/123}; the Bundle then has no placeholder Patient.
   *
   * @param reference a FHIR reference, not null or blank
   * @return a new export; this one is unchanged
   */
  public PlanBundle withSubject(String reference) {
    Objects.requireNonNull(reference, "reference");
    if (reference.isBlank()) {
      throw new IllegalArgumentException("reference: must not be blank");
    }
    return new PlanBundle(request, plan, Optional.of(reference));
  }

  /** {@return a new Bundle each call; the caller may change it} */
  public Bundle toBundle() {
    return new PlanResources(request, plan, subject).build();
  }

  /** {@return the Bundle as FHIR JSON, pretty-printed} */
  public String toJson() {
    return FhirJson.write(toBundle());
  }

  /**
   * Writes the FHIR JSON in UTF-8; does not close {@code out}.
   *
   * @param out the stream written to; left open
   */
  public void writeJson(OutputStream out) {
    try {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      FhirJson.write(toBundle(), writer);
      writer.flush();
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
