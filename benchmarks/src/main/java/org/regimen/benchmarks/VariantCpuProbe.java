package org.regimen.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.regimen.Regimen;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.request.Clinic;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.TreatmentRequest;

/**
 * The variant benchmarks in CPU time (this thread's, not the wall clock), for a shared machine where
 * JMH's wall-clock averages mostly measure the wait for a core: planning PRP's typical requests as
 * published and with a clinic variant, in alternating rounds so both see the same load, and building
 * a Regimen with ten variants beside one without. Prints the medians and the ratios.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.regimen.benchmarks.VariantCpuProbe}
 */
public final class VariantCpuProbe {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int ROUNDS = 15;
  private static volatile int sink;

  private VariantCpuProbe() {}

  public static void main(String[] args) {
    TreatmentCatalog catalog = TreatmentCatalog.load();
    Regimen regimen = VariantBenchmark.withVariants(catalog, 10);
    List<TreatmentRequest> typical = Workloads.typical(regimen, ModuleWorkloads.byId("prp"));
    TreatmentRequest[] base = typical.toArray(new TreatmentRequest[0]);
    TreatmentRequest[] varied = new TreatmentRequest[base.length];
    for (int i = 0; i < base.length; i++) {
      Clinic clinic =
          Clinic.builder().from(base[i].clinic().orElse(Clinic.builder().build())).variant("bench-0").build();
      varied[i] = ImmutableTreatmentRequest.copyOf(base[i]).withClinic(clinic);
    }
    int mask = Workloads.DISTINCT - 1;
    double[] published = new double[ROUNDS];
    double[] withVariant = new double[ROUNDS];
    double[] buildTen = new double[ROUNDS];
    double[] buildNone = new double[ROUNDS];
    for (int round = -3; round < ROUNDS; round++) { // three warm-up rounds
      double a = perOp(50_000, i -> regimen.plan(base[i & mask]).sessions().size());
      double b = perOp(50_000, i -> regimen.plan(varied[i & mask]).sessions().size());
      double c = perOp(20, i -> VariantBenchmark.withVariants(catalog, 10).variants().size());
      double d = perOp(20, i -> Regimen.of(catalog).treatments().size());
      if (round >= 0) {
        published[round] = a;
        withVariant[round] = b;
        buildTen[round] = c;
        buildNone[round] = d;
      }
    }
    double p = median(published);
    double v = median(withVariant);
    double ten = median(buildTen);
    double none = median(buildNone);
    System.out.printf("plan as published      cpu %8.2f us/op (median of %d rounds)%n", p / 1e3, ROUNDS);
    System.out.printf("plan with a variant    cpu %8.2f us/op   ratio %.2f%n", v / 1e3, v / p);
    System.out.printf("build, ten variants    cpu %8.2f ms/op%n", ten / 1e6);
    System.out.printf("build, no variant      cpu %8.2f ms/op   ten variants add %.2f ms%n", none / 1e6, (ten - none) / 1e6);
  }

  /** CPU nanoseconds per operation over {@code n} operations. */
  private static double perOp(int n, IntUnaryOperator op) {
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    int acc = 0;
    for (int i = 0; i < n; i++) {
      acc += op.applyAsInt(i);
    }
    sink = acc;
    return (double) (THREADS.getCurrentThreadCpuTime() - cpu0) / n;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
