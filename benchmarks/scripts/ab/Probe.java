package org.regimen.benchmarks;

import java.io.ByteArrayOutputStream;
import java.lang.management.*;
import org.regimen.Regimen;
import org.regimen.json.RegimenJson;
import org.regimen.request.TreatmentRequest;
/**
 * CPU time per op of one build, loaded once per build by AB (../ab-compare.sh): the 1,024 typical
 * PRP requests, cycled. Operations: plan, plan+json (plan, then write it to a stream),
 * read+plan+json (the request read from its JSON text, planned, the plan written).
 */
public class Probe {
  static volatile int sink;
  static Regimen regimen; static TreatmentRequest[] r; static String[] texts;
  static final RegimenJson JSON = RegimenJson.create();
  static final ByteArrayOutputStream OUT = new ByteArrayOutputStream(64 * 1024);
  public static double measure(int n) {
    return measure("plan", n);
  }
  public static double measure(String op, int n) {
    if (regimen == null) {
      regimen = Regimen.load(); r = Workloads.typical(regimen, ModuleWorkloads.PRP).toArray(new TreatmentRequest[0]);
      texts = new String[r.length];
      for (int i = 0; i < r.length; i++) texts[i] = JSON.writeRequest(r[i]);
    }
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    long c0 = t.getCurrentThreadCpuTime(); int acc = 0;
    switch (op) {
      case "plan" -> { for (int i = 0; i < n; i++) acc += regimen.plan(r[i & 1023]).sessions().size(); }
      case "plan+json" -> { for (int i = 0; i < n; i++) { OUT.reset(); JSON.writePlan(regimen.plan(r[i & 1023]), OUT); acc += OUT.size(); } }
      case "read+plan+json" -> { for (int i = 0; i < n; i++) { OUT.reset(); JSON.writePlan(regimen.plan(JSON.readRequest(texts[i & 1023])), OUT); acc += OUT.size(); } }
      default -> throw new IllegalArgumentException("unknown operation " + op);
    }
    sink = acc;
    return (t.getCurrentThreadCpuTime() - c0) / 1e3 / n;
  }
}
