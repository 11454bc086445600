package org.regimen.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.regimen.Regimen;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.TreatmentRequest;

/**
 * Plans per second with one thread and with two threads sharing one {@link Regimen} (each thread
 * its own cursor over the same 1,024 typical requests). Budget: two threads at least 1.6x one
 * thread's throughput. JMH reports the total of all threads.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ThroughputBenchmark}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 1) // two threads share two cores with the JIT: it needs longer to settle
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ThroughputBenchmark {
  /** Shared by every thread, as an application shares it. */
  @State(Scope.Benchmark)
  public static class Shared {
    @Param({"prp"})
    public String module;

    Regimen regimen;
    TreatmentRequest[] requests;

    @Setup
    public void setUp() {
      regimen = Regimen.load();
      requests = Workloads.typical(regimen, ModuleWorkloads.byId(module)).toArray(new TreatmentRequest[0]);
    }
  }

  /** Each thread's own position in the requests. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    @Setup
    public void setUp() {
      next = (int) (Thread.currentThread().getId() * 7919);
    }
  }

  @Benchmark
  @Threads(1)
  public TreatmentPlan oneThread(Shared shared, Cursor cursor) {
    return shared.regimen.plan(shared.requests[cursor.next++ & (Workloads.DISTINCT - 1)]);
  }

  @Benchmark
  @Threads(2)
  public TreatmentPlan twoThreads(Shared shared, Cursor cursor) {
    return shared.regimen.plan(shared.requests[cursor.next++ & (Workloads.DISTINCT - 1)]);
  }
}
