package org.regimen.benchmarks;

import org.regimen.Regimen;
import org.regimen.catalog.TreatmentCatalog;

/**
 * Cold start-up cost of ten variants in a fresh JVM (issue 16, budget: under 50 ms added): the
 * catalog load, then the first build with ten variants (the variant reader's classes loaded and
 * compiled for the first time), then a second build for comparison. One line of milliseconds.
 *
 * <p>Run: {@code for i in 1 2 3 4 5; do java -cp benchmarks/target/benchmarks.jar
 * org.regimen.benchmarks.VariantStartupProbe; done}
 */
public final class VariantStartupProbe {
  private VariantStartupProbe() {}

  public static void main(String[] args) {
    long t0 = System.nanoTime();
    TreatmentCatalog catalog = TreatmentCatalog.load();
    Regimen.of(catalog);
    long t1 = System.nanoTime();
    Regimen withTen = VariantBenchmark.withVariants(catalog, 10);
    long t2 = System.nanoTime();
    VariantBenchmark.withVariants(catalog, 10);
    long t3 = System.nanoTime();
    System.out.printf(
        "catalog load %.1f ms; ten variants, first build (cold) %.1f ms; second build %.1f ms; variants %d%n",
        (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, withTen.variants().size());
  }
}
