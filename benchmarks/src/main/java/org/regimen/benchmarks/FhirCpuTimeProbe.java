package org.regimen.benchmarks;

import ca.uhn.fhir.parser.IParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntUnaryOperator;
import org.hl7.fhir.r4.model.Bundle;
import org.regimen.Regimen;
import org.regimen.fhir.FhirJson;
import org.regimen.fhir.PlanBundle;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.TreatmentRequest;

/**
 * {@link FhirExportBenchmark}'s three figures as this thread's CPU time per operation, the
 * cross-check for a shared machine where JMH's wall clock includes waiting for a core (see {@link
 * CpuTimeProbe}).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.regimen.benchmarks.FhirCpuTimeProbe}
 */
public final class FhirCpuTimeProbe {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static volatile int sink;

  private FhirCpuTimeProbe() {}

  public static void main(String[] args) {
    Regimen regimen = Regimen.load();
    TreatmentRequest[] requests =
        Workloads.typical(regimen, ModuleWorkloads.PRP).toArray(new TreatmentRequest[0]);
    TreatmentPlan[] plans = new TreatmentPlan[requests.length];
    Bundle[] bundles = new Bundle[requests.length];
    for (int i = 0; i < requests.length; i++) {
      plans[i] = regimen.plan(requests[i]);
      bundles[i] = PlanBundle.of(requests[i], plans[i]).toBundle();
    }
    IParser hapi = FhirJson.context().newJsonParser().setPrettyPrint(true);
    int mask = Workloads.DISTINCT - 1;
    System.out.printf("bundle JSON of a typical plan: %d characters%n", hapi.encodeResourceToString(bundles[0]).length());
    measure("HAPI serialises the Bundle", i -> hapi.encodeResourceToString(bundles[i & mask]).length());
    measure("plan -> Bundle (mapping only)", i -> PlanBundle.of(requests[i & mask], plans[i & mask]).toBundle().getEntry().size());
    measure("request -> plan -> FHIR JSON", i -> {
      TreatmentRequest request = requests[i & mask];
      return PlanBundle.of(request, regimen.plan(request)).toJson().length();
    });
  }

  private static void measure(String name, IntUnaryOperator op) {
    int n = 5_000;
    for (int round = 0; round < 4; round++) { // warm-up rounds, then the last one counts
      long cpu0 = THREADS.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      int acc = 0;
      for (int i = 0; i < n; i++) {
        acc += op.applyAsInt(i);
      }
      long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
      long wall = System.nanoTime() - wall0;
      sink = acc;
      if (round == 3) {
        System.out.printf("%-34s cpu %8.1f us/op   wall %8.1f us/op%n", name, cpu / 1e3 / n, wall / 1e3 / n);
      }
    }
  }
}
