package org.regimen.benchmarks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.regimen.Regimen;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.Clinic;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.TreatmentRequest;

/**
 * A clinic's variant (issue 16): planning PRP's typical requests with a variant (interval, count,
 * price changed) beside the protocol as published (target: no measurable cost), and building a
 * Regimen with ten variants beside one without (target: under 50 ms added to start-up).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar VariantBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class VariantBenchmark {
  private TreatmentCatalog catalog;
  private Regimen regimen;
  private TreatmentRequest[] base;
  private TreatmentRequest[] varied;
  private int next;

  /** A PRP variant within the bounds: 3 sessions 4 weeks apart, prices per session. */
  static String variant(int n) {
    int min = 28 + n;
    return "{\"formatVersion\":1,\"id\":\"bench-" + n + "\",\"name\":\"bench\",\"version\":\"1.0.0\","
        + "\"base\":{\"protocol\":\"prp\",\"versions\":{\"from\":\"1.3.0\"}},"
        + "\"sources\":[{\"id\":\"p\",\"clinicPolicy\":\"benchmark\"}],"
        + "\"courses\":[{\"course\":\"stretch-marks\","
        + "\"sessionCount\":{\"value\":{\"min\":3,\"max\":3},\"source\":\"p\",\"words\":\"w\"},"
        + "\"sessionRules\":[{\"when\":{},\"sessions\":3,\"source\":\"p\",\"words\":\"w\"}],"
        + "\"interval\":{\"minDays\":{\"value\":" + min + ",\"source\":\"p\",\"words\":\"w\"},"
        + "\"preferredDays\":{\"value\":" + min + ",\"source\":\"p\",\"words\":\"w\"},"
        + "\"maxDays\":{\"value\":" + (min + 7) + ",\"source\":\"p\",\"words\":\"w\"}},"
        + "\"price\":{\"perSession\":{\"EUR\":{\"min\":250,\"max\":300}},\"source\":\"p\",\"words\":\"w\"}}]}";
  }

  static Regimen withVariants(TreatmentCatalog catalog, int count) {
    Regimen.Builder builder = Regimen.builder().catalog(catalog);
    for (int i = 0; i < count; i++) {
      builder.variant("bench-" + i + ".json", new ByteArrayInputStream(variant(i).getBytes(StandardCharsets.UTF_8)));
    }
    return builder.build();
  }

  @Setup
  public void setUp() {
    catalog = TreatmentCatalog.load();
    regimen = withVariants(catalog, 10);
    List<TreatmentRequest> typical = Workloads.typical(regimen, ModuleWorkloads.byId("prp"));
    base = typical.toArray(new TreatmentRequest[0]);
    varied = new TreatmentRequest[base.length];
    for (int i = 0; i < base.length; i++) {
      Clinic clinic = Clinic.builder().from(base[i].clinic().orElse(Clinic.builder().build())).variant("bench-0").build();
      varied[i] = ImmutableTreatmentRequest.copyOf(base[i]).withClinic(clinic);
    }
  }

  @Benchmark
  public TreatmentPlan planAsPublished() {
    next = (next + 1) % base.length;
    return regimen.plan(base[next]);
  }

  @Benchmark
  public TreatmentPlan planWithVariant() {
    next = (next + 1) % varied.length;
    return regimen.plan(varied[next]);
  }

  /** The part of start-up a clinic's variants add: reading, checking and preparing ten of them. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Regimen buildWithTenVariants() {
    return withVariants(catalog, 10);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Regimen buildWithoutVariants() {
    return Regimen.of(catalog);
  }
}
