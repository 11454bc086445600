package org.regimen.fhir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.regimen.Regimen;
import org.regimen.json.RegimenJson;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.TreatmentRequest;

/** The shipped sample requests that ask for a plan (not a comparison), planned once. */
final class SamplePlans {
  static final Path REQUESTS = Path.of("../examples/requests");
  static final Path SAMPLES = Path.of("../examples/fhir");
  static final Regimen REGIMEN = Regimen.load();
  static final RegimenJson JSON = RegimenJson.create();

  record Sample(String name, TreatmentRequest request, TreatmentPlan plan) {
    @Override
    public String toString() {
      return name;
    }
  }

  private SamplePlans() {}

  static List<Sample> all() {
    try (Stream<Path> files = Files.list(REQUESTS)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".json"))
          .sorted()
          .map(SamplePlans::read)
          .filter(s -> s != null)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Sample read(Path file) {
    try {
      TreatmentRequest request = JSON.readRequest(Files.readString(file, StandardCharsets.UTF_8));
      if (request.treatment().isEmpty() && request.treatments().isEmpty()) {
        return null; // a comparison: no single plan to export
      }
      String name = file.getFileName().toString().replace(".json", "");
      return new Sample(name, request, REGIMEN.plan(request));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
