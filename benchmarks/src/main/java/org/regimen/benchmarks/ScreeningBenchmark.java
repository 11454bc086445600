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
import org.regimen.protocol.Course;
import org.regimen.protocol.RuleSet;
import org.regimen.request.TreatmentRequest;
import org.regimen.protocol.Baseline;
import org.regimen.screening.ScreeningEngine;
import org.regimen.screening.ScreeningResult;
import org.regimen.spi.TreatmentModule;

/**
 * Screening alone, as the planner calls it (baseline plus protocol rules plus the module's own
 * findings), over the same 1,024 typical requests as {@link PlanBenchmark}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ScreeningBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ScreeningBenchmark {
  @Param({"prp"})
  public String module;

  private final ScreeningEngine engine = new ScreeningEngine();
  private final RuleSet baseline = Baseline.standard();
  private TreatmentModule treatment;
  private TreatmentRequest[] requests;
  private Course[] courses;
  private int next;

  @Setup
  public void setUp() {
    Regimen regimen = Regimen.load();
    treatment = regimen.catalog().module(module).orElseThrow();
    requests = Workloads.typical(regimen, ModuleWorkloads.byId(module)).toArray(new TreatmentRequest[0]);
    courses = new Course[requests.length];
    for (int i = 0; i < requests.length; i++) {
      courses[i] = treatment.chooseCourse(requests[i]).orElseThrow();
    }
  }

  @Benchmark
  public ScreeningResult screen() {
    int i = next++ & (Workloads.DISTINCT - 1);
    TreatmentRequest request = requests[i];
    Course course = courses[i];
    return engine.screen(request, treatment.protocol(), course, baseline, treatment.screen(request, course));
  }
}
