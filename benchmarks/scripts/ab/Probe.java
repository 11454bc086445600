package org.regimen.benchmarks;

import java.lang.management.*;
import org.regimen.Regimen;
import org.regimen.request.TreatmentRequest;
/** Planning CPU time per op, loaded once per build by AB (../ab-compare.sh). */
public class Probe {
  static volatile int sink;
  static Regimen regimen; static TreatmentRequest[] r;
  public static double measure(int n) {
    if (regimen == null) { regimen = Regimen.load(); r = Workloads.typical(regimen, ModuleWorkloads.PRP).toArray(new TreatmentRequest[0]); }
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    long c0 = t.getCurrentThreadCpuTime(); int acc = 0;
    for (int i = 0; i < n; i++) acc += regimen.plan(r[i & 1023]).sessions().size();
    sink = acc;
    return (t.getCurrentThreadCpuTime() - c0) / 1e3 / n;
  }
}
