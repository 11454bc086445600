package org.regimen.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import org.regimen.request.TreatmentRequest;

/**
 * The baseline for writing: plain Jackson writing the same plan tree. For each of the 1,024 typical
 * plans, setup turns Regimen's own JSON back into a Jackson {@link JsonNode} tree, so the tree has
 * exactly the plan's fields, values and order and Jackson writes the very same bytes; the benchmark
 * is {@code ObjectMapper.writeValue(stream, tree)}, i.e. Jackson's generator walking a ready tree
 * with no conversion from Regimen's objects. That is the least Jackson needs to write this document,
 * so {@code JsonBenchmark.writePlanToStream / writeTree} is the ratio the 1.5x budget is about.
 *
 * <p>{@code convertAndWrite} adds building the tree first ({@code valueToTree} of a plain
 * {@code Map} copy of the plan), the closest thing to "what users would otherwise write".
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar JacksonBaselineBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class JacksonBaselineBenchmark {
  @Param({"prp"})
  public String module;

  private final ObjectMapper mapper = new ObjectMapper();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
  private JsonNode[] trees;
  private Object[] maps;
  private int next;

  @Setup
  public void setUp() throws IOException {
    Regimen regimen = Regimen.load();
    RegimenJson json = RegimenJson.create();
    TreatmentRequest[] requests =
        Workloads.typical(regimen, ModuleWorkloads.byId(module)).toArray(new TreatmentRequest[0]);
    trees = new JsonNode[requests.length];
    maps = new Object[requests.length];
    for (int i = 0; i < requests.length; i++) {
      String written = json.writePlan(regimen.plan(requests[i]));
      trees[i] = mapper.readTree(written);
      maps[i] = mapper.readValue(written, Object.class); // LinkedHashMap / ArrayList / String / Integer
      if (!mapper.writeValueAsString(trees[i]).equals(written)) {
        throw new IllegalStateException("the Jackson tree does not give the same bytes as Regimen");
      }
    }
  }

  @Benchmark
  public int writeTree() throws IOException {
    out.reset();
    mapper.writeValue(out, trees[next++ & (Workloads.DISTINCT - 1)]);
    return out.size();
  }

  @Benchmark
  public int convertAndWrite() throws IOException {
    out.reset();
    JsonNode tree = mapper.valueToTree(maps[next++ & (Workloads.DISTINCT - 1)]);
    mapper.writeValue(out, tree);
    return out.size();
  }
}
