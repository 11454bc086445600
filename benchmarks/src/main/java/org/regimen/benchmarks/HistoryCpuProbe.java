package org.regimen.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.regimen.Regimen;
import org.regimen.request.TreatmentRequest;

/**
 * {@link HistoryBenchmark}'s two cases measured in this thread's CPU time, alternating round by
 * round so that both see the same load on a shared machine: the ratio holds where JMH's wall-clock
 * averages do not. After session 1 ("1") and half-way ("half") through each module's typical course.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.regimen.benchmarks.HistoryCpuProbe}
 */
public final class HistoryCpuProbe {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static volatile int sink;

  private HistoryCpuProbe() {}

  public static void main(String[] args) {
    Regimen regimen = Regimen.load();
    int mask = Workloads.DISTINCT - 1;
    int n = 20_000;
    for (ModuleWorkload workload : ModuleWorkloads.ALL) {
      TreatmentRequest[] fresh = Workloads.typical(regimen, workload).toArray(new TreatmentRequest[0]);
      for (boolean half : new boolean[] {false, true}) {
        TreatmentRequest[] inProgress = HistoryBenchmark.inProgress(regimen, fresh, half);
        long scratch = Long.MAX_VALUE;
        long history = Long.MAX_VALUE;
        for (int round = 0; round < 6; round++) { // the best of 6 alternating rounds
          scratch = Math.min(scratch, cpu(n, i -> regimen.plan(fresh[i & mask]).sessions().size()));
          history = Math.min(history, cpu(n, i -> regimen.plan(inProgress[i & mask]).sessions().size()));
        }
        System.out.printf("%-12s done %-4s  scratch %7.2f us/op  history %7.2f us/op  ratio %.2f%n",
            workload.id(), half ? "half" : "1", scratch / 1e3 / n, history / 1e3 / n, (double) history / scratch);
      }
    }
  }

  private static long cpu(int n, java.util.function.IntUnaryOperator op) {
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    int acc = 0;
    for (int i = 0; i < n; i++) {
      acc += op.applyAsInt(i);
    }
    sink = acc;
    return THREADS.getCurrentThreadCpuTime() - cpu0;
  }
}
