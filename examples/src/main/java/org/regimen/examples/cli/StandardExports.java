package org.regimen.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.regimen.fhir.PlanBundle;
import org.regimen.ical.PlanCalendar;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.TreatmentRequest;
import picocli.CommandLine.Option;

/**
 * {@code --fhir FILE} and {@code --ical FILE} of {@code regimen plan}: the plan as a FHIR R4 Bundle
 * and as an iCalendar file for the patient. A picocli mixin, so that the plan command only names it.
 */
final class StandardExports {
  @Option(
      names = "--fhir",
      paramLabel = "FILE",
      description = "Also write the plan as an HL7 FHIR R4 Bundle (JSON) to FILE.")
  private Path fhir;

  @Option(
      names = "--ical",
      paramLabel = "FILE",
      description = "Also write the sessions and visits as an iCalendar file (.ics) to FILE.")
  private Path ical;

  /**
   * Writes the files asked for; on failure says which on standard error and returns 1, so that a
   * script never takes a plan without its files for success.
   */
  int write(CliContext context, TreatmentRequest request, TreatmentPlan plan) {
    if (fhir != null && !write(context, fhir, "FHIR", out -> PlanBundle.of(request, plan).writeJson(out))) {
      return 1;
    }
    if (ical != null && !write(context, ical, "iCalendar", out -> PlanCalendar.of(request, plan).write(out))) {
      return 1;
    }
    return 0;
  }

  private interface Export {
    void to(OutputStream out) throws IOException;
  }

  private static boolean write(CliContext context, Path file, String what, Export export) {
    try (OutputStream out = Files.newOutputStream(file)) {
      export.to(out);
      return true;
    } catch (IOException | InvalidPathException | java.io.UncheckedIOException e) {
      context.err().println("regimen: cannot write the " + what + " file: " + e.getClass().getSimpleName());
      return false;
    }
  }
}
