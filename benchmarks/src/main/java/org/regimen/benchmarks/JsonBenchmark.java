package org.regimen.benchmarks;

import java.io.ByteArrayOutputStream;
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
import org.regimen.json.RegimenJson;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.TreatmentRequest;

/**
 * JSON: reading (parse, bind, validate) one request; writing one plan, to a reused byte stream as
 * the batch does and to a String as the command-line tool's {@code plan --json} does; planning and
 * writing (budget 15 µs for the 3-session PRP request); and the whole batch line (read, plan, write).
 * Same 1,024 typical requests as {@link PlanBenchmark}. Compare {@code writePlanToStream} with
 * {@link JacksonBaselineBenchmark} (budget: at most 1.5x).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar JsonBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class JsonBenchmark {
  @Param({"prp"})
  public String module;

  private final RegimenJson json = RegimenJson.create();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
  private Regimen regimen;
  private TreatmentRequest[] requests;
  private String[] requestTexts;
  private TreatmentPlan[] plans;
  private int next;

  @Setup
  public void setUp() {
    regimen = Regimen.load();
    requests = Workloads.typical(regimen, ModuleWorkloads.byId(module)).toArray(new TreatmentRequest[0]);
    requestTexts = new String[requests.length];
    plans = new TreatmentPlan[requests.length];
    for (int i = 0; i < requests.length; i++) {
      requestTexts[i] = json.writeRequest(requests[i]);
      plans[i] = regimen.plan(requests[i]);
    }
  }

  private int index() {
    return next++ & (Workloads.DISTINCT - 1);
  }

  @Benchmark
  public TreatmentRequest readRequest() {
    return json.readRequest(requestTexts[index()]);
  }

  @Benchmark
  public int writePlanToStream() {
    out.reset();
    json.writePlan(plans[index()], out);
    return out.size();
  }

  @Benchmark
  public String writePlanToString() {
    return json.writePlan(plans[index()]);
  }

  @Benchmark
  public int planAndWrite() {
    out.reset();
    json.writePlan(regimen.plan(requests[index()]), out);
    return out.size();
  }

  @Benchmark
  public int readPlanAndWrite() {
    out.reset();
    json.writePlan(regimen.plan(json.readRequest(requestTexts[index()])), out);
    return out.size();
  }
}
