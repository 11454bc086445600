package org.regimen.benchmarks;

import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;
import org.regimen.Regimen;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.TreatmentRequest;

/**
 * Planning alone (screen, choose the course row, schedule, assemble the plan objects) for the
 * typical request of each module, cycling through 1,024 distinct generated requests. Budget: 5 µs
 * for the 3-session PRP request.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PlanBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class PlanBenchmark {
  /** One id per module in {@link ModuleWorkloads#ALL}. */
  @Param({"prp", "stemcell", "mesotherapy", "plasma"})
  public String module;

  private Regimen regimen;
  private TreatmentRequest[] requests;
  private int next;

  @Setup
  public void setUp() {
    regimen = Regimen.load();
    List<TreatmentRequest> typical = Workloads.typical(regimen, ModuleWorkloads.byId(module));
    requests = typical.toArray(new TreatmentRequest[0]);
  }

  @Benchmark
  public TreatmentPlan plan() {
    TreatmentRequest request = requests[next++ & (Workloads.DISTINCT - 1)];
    return regimen.plan(request);
  }
}
