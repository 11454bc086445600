package org.regimen.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.regimen.Regimen;
import org.regimen.json.RegimenJson;
import org.regimen.testing.RequestGenerator;

/**
 * Writes a JSON Lines file of generated requests for {@code regimen batch}: {@code distinct}
 * different requests per module (every module of {@link ModuleWorkloads#ALL}, interleaved), repeated
 * in order until {@code count} lines. Generated requests as they come (any eligibility, any number
 * of sessions, some with calendars that cannot be met), not only the typical ones.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.regimen.benchmarks.GenerateRequests
 * 1000000 10000 /tmp/requests.jsonl}
 */
public final class GenerateRequests {
  private GenerateRequests() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: GenerateRequests COUNT DISTINCT_PER_MODULE FILE");
      System.exit(2);
    }
    long count = Long.parseLong(args[0]);
    int distinct = Integer.parseInt(args[1]);
    Path file = Path.of(args[2]);
    Regimen regimen = Regimen.load();
    RegimenJson json = RegimenJson.create();
    List<byte[]> lines = new ArrayList<>();
    for (int seed = 0; seed < distinct; seed++) {
      for (ModuleWorkload workload : ModuleWorkloads.ALL) {
        RequestGenerator generator = Workloads.generator(regimen, workload);
        lines.add((json.writeRequest(generator.generate(seed)) + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (long i = 0; i < count; i++) {
        out.write(lines.get((int) (i % lines.size())));
      }
    }
    System.err.printf("%d requests (%d distinct) written to %s%n", count, lines.size(), file);
  }
}
