package org.regimen.benchmarks;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.regimen.Regimen;
import org.regimen.error.InvalidRequestException;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.BodyArea;
import org.regimen.request.TreatmentRequest;
import org.regimen.spi.ModuleDescriptor;
import org.regimen.testing.RequestGenerator;

/**
 * Distinct generated requests for the benchmarks. Plans are never cached: every benchmark plans
 * its request again, cycling through {@link #DISTINCT} different ones so that no branch predictor or
 * JIT profile settles on one patient.
 */
final class Workloads {
  /** Distinct requests each benchmark cycles through (a power of two: the cursor is a mask). */
  static final int DISTINCT = 1024;

  private Workloads() {}

  /** A generator over the module's own areas (as listed by its descriptor). */
  static RequestGenerator generator(Regimen regimen, ModuleWorkload workload) {
    ModuleDescriptor descriptor =
        regimen.catalog().module(workload.id()).orElseThrow().descriptor();
    return new RequestGenerator(
        workload.id(), workload.indications(), EnumSet.copyOf(descriptor.areas()));
  }

  /**
   * {@code count} distinct typical requests: generated from consecutive seeds, made typical, kept
   * when their plan has exactly {@code sessions} sessions.
   */
  static List<TreatmentRequest> typical(Regimen regimen, ModuleWorkload workload, int sessions, int count) {
    RequestGenerator generator = generator(regimen, workload);
    List<TreatmentRequest> requests = new ArrayList<>(count);
    for (long seed = 1; requests.size() < count; seed++) {
      if (seed > 200L * count) {
        throw new IllegalStateException(
            "only " + requests.size() + " of " + count + " generated " + workload.id()
                + " requests give " + sessions + " sessions");
      }
      TreatmentRequest request = workload.typical().apply(generator.generate(seed));
      try {
        TreatmentPlan plan = regimen.plan(request);
        if (plan.sessions().size() == sessions) {
          requests.add(request);
        }
      } catch (InvalidRequestException e) {
        // not a plannable request: not typical
      }
    }
    return requests;
  }

  static List<TreatmentRequest> typical(Regimen regimen, ModuleWorkload workload) {
    return typical(regimen, workload, workload.typicalSessions(), DISTINCT);
  }

  static EnumSet<BodyArea> allAreas() {
    return EnumSet.allOf(BodyArea.class);
  }
}
