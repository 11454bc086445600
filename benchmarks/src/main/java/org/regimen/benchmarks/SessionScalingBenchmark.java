package org.regimen.benchmarks;

import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
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
import org.regimen.json.RegimenJson;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.Indication;
import org.regimen.request.TreatmentRequest;

/**
 * Planning cost per extra session: the same kind of request planned into a course of 3, 10 or 26
 * weekly sessions ({@link LongCourses}), alone and with the plan written as JSON. Budget: at most
 * 1.5 µs per extra session, (t(26) - t(3)) / 23, and a 26-session plan under 50 µs.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SessionScalingBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class SessionScalingBenchmark {
  @Param({"3", "10", "26"})
  public int sessions;

  private final RegimenJson json = RegimenJson.create();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
  private Regimen regimen;
  private TreatmentRequest[] requests;
  private int next;

  @Setup
  public void setUp() {
    regimen = LongCourses.regimen(sessions);
    ModuleWorkload laxity =
        new ModuleWorkload("prp", EnumSet.of(Indication.SKIN_LAXITY), UnaryOperator.identity(), sessions);
    requests = Workloads.typical(regimen, laxity).toArray(new TreatmentRequest[0]);
  }

  @Benchmark
  public TreatmentPlan plan() {
    return regimen.plan(requests[next++ & (Workloads.DISTINCT - 1)]);
  }

  @Benchmark
  public int planAndWrite() {
    out.reset();
    json.writePlan(regimen.plan(requests[next++ & (Workloads.DISTINCT - 1)]), out);
    return out.size();
  }
}
