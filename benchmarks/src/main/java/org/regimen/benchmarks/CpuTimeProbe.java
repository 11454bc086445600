package org.regimen.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntUnaryOperator;
import org.regimen.Regimen;
import org.regimen.json.RegimenJson;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.TreatmentRequest;

/**
 * CPU time per operation (this thread's CPU time, not the wall clock), for a machine shared with
 * other work: when the two cores are oversubscribed, JMH's wall-clock averages include the time the
 * benchmark thread waited for a core, while the thread's CPU time does not. Same workloads as the
 * JMH benchmarks (1,024 typical PRP requests, cycled). Not a replacement for JMH: a cross-check.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.regimen.benchmarks.CpuTimeProbe}
 */
public final class CpuTimeProbe {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static volatile int sink;

  private CpuTimeProbe() {}

  public static void main(String[] args) throws IOException {
    Regimen regimen = Regimen.load();
    RegimenJson json = RegimenJson.create();
    ObjectMapper mapper = new ObjectMapper();
    TreatmentRequest[] requests =
        Workloads.typical(regimen, ModuleWorkloads.PRP).toArray(new TreatmentRequest[0]);
    TreatmentPlan[] plans = new TreatmentPlan[requests.length];
    String[] texts = new String[requests.length];
    JsonNode[] trees = new JsonNode[requests.length];
    for (int i = 0; i < requests.length; i++) {
      plans[i] = regimen.plan(requests[i]);
      texts[i] = json.writeRequest(requests[i]);
      trees[i] = mapper.readTree(json.writePlan(plans[i]));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    int mask = Workloads.DISTINCT - 1;
    measure("plan (PRP, 3 sessions)", i -> regimen.plan(requests[i & mask]).sessions().size());
    measure("floor (build from constants)", i -> PlanFloor.rebuild(plans[i & mask]).sessions().size());
    measure("read request", i -> json.readRequest(texts[i & mask]).areas().size());
    measure("write plan (stream)", i -> { out.reset(); json.writePlan(plans[i & mask], out); return out.size(); });
    measure("Jackson writeTree", i -> {
      out.reset();
      try {
        mapper.writeValue(out, trees[i & mask]);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.size();
    });
    measure("plan + write", i -> { out.reset(); json.writePlan(regimen.plan(requests[i & mask]), out); return out.size(); });
    for (int sessions : new int[] {3, 26}) {
      Regimen longRegimen = LongCourses.regimen(sessions);
      TreatmentRequest[] longRequests =
          Workloads.typical(longRegimen, new ModuleWorkload("prp", java.util.EnumSet.of(org.regimen.request.Indication.SKIN_LAXITY), r -> r, sessions))
              .toArray(new TreatmentRequest[0]);
      measure("plan, " + sessions + " weekly sessions", i -> longRegimen.plan(longRequests[i & mask]).sessions().size());
    }
  }

  private static void measure(String name, IntUnaryOperator op) {
    int n = 200_000;
    for (int round = 0; round < 3; round++) { // warm-up rounds, then the last one counts
      long cpu0 = THREADS.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      int acc = 0;
      for (int i = 0; i < n; i++) {
        acc += op.applyAsInt(i);
      }
      long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
      long wall = System.nanoTime() - wall0;
      sink = acc;
      if (round == 2) {
        System.out.printf("%-34s cpu %7.2f us/op   wall %7.2f us/op%n", name, cpu / 1e3 / n, wall / 1e3 / n);
      }
    }
  }
}
