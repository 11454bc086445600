package org.regimen.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.regimen.Regimen;

/**
 * The catalog's cold load: ServiceLoader, every module's protocol document, the glossary and the
 * baseline rules, class loading and initialisation included, once per fresh JVM (single shot, no
 * warm-up, 10 forks). This is what a process pays once before its first plan.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CatalogLoadBenchmark}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class CatalogLoadBenchmark {
  @Benchmark
  public Regimen coldLoad() {
    return Regimen.load();
  }
}
