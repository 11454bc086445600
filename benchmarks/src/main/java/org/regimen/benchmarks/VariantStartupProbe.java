package org.regimen.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.regimen.Regimen;
import org.regimen.catalog.TreatmentCatalog;

/**
 * Cold start-up cost of ten variants in a fresh JVM (issue 16, budget: under 50 ms added): the
 * catalog load, then the first build with ten variants (the variant reader's classes loaded and
 * compiled for the first time), then a second build of ten for comparison. One line of
 * milliseconds. An argument sets how many variants the first build reads (default ten): one against
 * ten tells the one-time class loading from the cost per variant.
 *
 * <p>Run: {@code for i in 1 2 3 4 5; do java -cp benchmarks/target/benchmarks.jar
 * org.regimen.benchmarks.VariantStartupProbe; done}
 */
public final class VariantStartupProbe {
  private VariantStartupProbe() {}

  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long t0 = System.nanoTime();
    long c0 = threads.getCurrentThreadCpuTime();
    TreatmentCatalog catalog = TreatmentCatalog.load();
    Regimen.of(catalog);
    long t1 = System.nanoTime();
    long c1 = threads.getCurrentThreadCpuTime();
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    Regimen withTen = VariantBenchmark.withVariants(catalog, count);
    long t2 = System.nanoTime();
    long c2 = threads.getCurrentThreadCpuTime();
    VariantBenchmark.withVariants(catalog, 10);
    long t3 = System.nanoTime();
    long c3 = threads.getCurrentThreadCpuTime();
    // Wall clock for what a clinic waits; this thread's CPU time for a figure a busy machine does not
    // inflate with the wait for a core.
    System.out.printf(
        "catalog load %.1f ms (cpu %.1f); the variants, first build (cold) %.1f ms (cpu %.1f);"
            + " second build %.1f ms (cpu %.1f); variants %d%n",
        (t1 - t0) / 1e6, (c1 - c0) / 1e6, (t2 - t1) / 1e6, (c2 - c1) / 1e6,
        (t3 - t2) / 1e6, (c3 - c2) / 1e6, withTen.variants().size());
  }
}
