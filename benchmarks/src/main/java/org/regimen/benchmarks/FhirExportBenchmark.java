package org.regimen.benchmarks;

import ca.uhn.fhir.parser.IParser;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
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
import org.regimen.fhir.FhirJson;
import org.regimen.fhir.PlanBundle;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.TreatmentRequest;

/**
 * FHIR export (issue 17): the whole route request → plan → FHIR JSON ({@link #requestToFhirJson}),
 * beside HAPI's own cost to serialise the same Bundle ({@link #hapiSerialisesTheBundle}, one reused
 * parser, HAPI at its best). Budget: the route within 2x of HAPI's serialisation alone. {@link
 * #planToBundle} is the mapping alone. Same 1,024 typical 3-session PRP requests as {@link
 * PlanBenchmark}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar FhirExportBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class FhirExportBenchmark {
  @Param({"prp"})
  public String module;

  private Regimen regimen;
  private TreatmentRequest[] requests;
  private TreatmentPlan[] plans;
  private Bundle[] bundles;
  private IParser hapi;
  private int next;

  @Setup
  public void setUp() {
    regimen = Regimen.load();
    requests = Workloads.typical(regimen, ModuleWorkloads.byId(module)).toArray(new TreatmentRequest[0]);
    plans = new TreatmentPlan[requests.length];
    bundles = new Bundle[requests.length];
    for (int i = 0; i < requests.length; i++) {
      plans[i] = regimen.plan(requests[i]);
      bundles[i] = PlanBundle.of(requests[i], plans[i]).toBundle();
    }
    // The same settings as the export: pretty-printed JSON.
    hapi = FhirJson.context().newJsonParser().setPrettyPrint(true);
  }

  private int index() {
    return next++ & (Workloads.DISTINCT - 1);
  }

  @Benchmark
  public String requestToFhirJson() {
    TreatmentRequest request = requests[index()];
    return PlanBundle.of(request, regimen.plan(request)).toJson();
  }

  @Benchmark
  public String hapiSerialisesTheBundle() {
    return hapi.encodeResourceToString(bundles[index()]);
  }

  @Benchmark
  public Bundle planToBundle() {
    int i = index();
    return PlanBundle.of(requests[i], plans[i]).toBundle();
  }
}
