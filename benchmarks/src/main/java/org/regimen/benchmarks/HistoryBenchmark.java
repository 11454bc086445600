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
import org.regimen.request.History;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.PastSession;
import org.regimen.request.TreatmentRequest;

/**
 * Re-planning a course in progress beside planning it from scratch (issue 13; target: within 1.3x).
 * Each module's typical requests ({@link ModuleWorkloads}) are planned once in setup; the history
 * case is the same request on the day of session {@code done} with the plan's first {@code done}
 * sessions as its history ("done as planned"), so it judges the past sessions, keeps the rhythm from
 * them and plans the rest. {@code done} = 1 is the dearest case: every session but one still to plan,
 * plus the history to judge.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar HistoryBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class HistoryBenchmark {
  @Param({"prp", "stemcell", "mesotherapy", "plasma"})
  public String module;

  /** Sessions already given: 1, or half the course ("half"). */
  @Param({"1", "half"})
  public String done;

  private Regimen regimen;
  private TreatmentRequest[] fresh;
  private TreatmentRequest[] inProgress;
  private int next;

  @Setup
  public void setUp() {
    regimen = Regimen.load();
    List<TreatmentRequest> typical = Workloads.typical(regimen, ModuleWorkloads.byId(module));
    fresh = typical.toArray(new TreatmentRequest[0]);
    inProgress = inProgress(regimen, fresh, done.equals("half"));
  }

  /** Each request on the day of its session k, its first k planned sessions as history. */
  static TreatmentRequest[] inProgress(Regimen regimen, TreatmentRequest[] fresh, boolean half) {
    TreatmentRequest[] inProgress = new TreatmentRequest[fresh.length];
    for (int i = 0; i < fresh.length; i++) {
      TreatmentPlan plan = regimen.plan(fresh[i]);
      int k = half ? Math.max(1, plan.sessions().size() / 2) : 1;
      List<PastSession> given = plan.sessionsAsDone(k);
      ImmutableTreatmentRequest request =
          ImmutableTreatmentRequest.copyOf(fresh[i])
              .withAsOf(given.get(k - 1).date())
              .withHistory(History.builder().sessions(given).build());
      if (request.earliestStart().isPresent() && request.earliestStart().get().isBefore(request.asOf())) {
        request = request.withEarliestStart(java.util.Optional.empty());
      }
      inProgress[i] = request;
      if (regimen.plan(request).sessions().size() != plan.sessions().size() - k) {
        throw new IllegalStateException("a re-plan did not keep the rest of its course");
      }
    }
    return inProgress;
  }

  @Benchmark
  public TreatmentPlan fromScratch() {
    return regimen.plan(fresh[next++ & (Workloads.DISTINCT - 1)]);
  }

  @Benchmark
  public TreatmentPlan withHistory() {
    return regimen.plan(inProgress[next++ & (Workloads.DISTINCT - 1)]);
  }
}
