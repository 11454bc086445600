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
import org.openjdk.jmh.annotations.Warmup;
import org.regimen.Regimen;
import org.regimen.plan.TreatmentPlan;

/**
 * The floor: the same 1,024 typical plans as {@link PlanBenchmark}, built directly from constants
 * through the plan builders ({@link PlanFloor}). Budget: {@code PlanBenchmark.plan} within 3x this.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar FloorBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class FloorBenchmark {
  @Param({"prp"})
  public String module;

  private TreatmentPlan[] plans;
  private int next;

  @Setup
  public void setUp() {
    Regimen regimen = Regimen.load();
    plans =
        Workloads.typical(regimen, ModuleWorkloads.byId(module)).stream()
            .map(regimen::plan)
            .toArray(TreatmentPlan[]::new);
    for (TreatmentPlan plan : plans) {
      if (!PlanFloor.rebuild(plan).equals(plan)) {
        throw new IllegalStateException("the floor does not build the same plan");
      }
    }
  }

  @Benchmark
  public TreatmentPlan buildFromConstants() {
    return PlanFloor.rebuild(plans[next++ & (Workloads.DISTINCT - 1)]);
  }
}
