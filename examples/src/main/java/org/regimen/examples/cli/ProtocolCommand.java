package org.regimen.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.regimen.fhir.ProtocolDefinitions;
import org.regimen.spi.TreatmentModule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code regimen protocol [--fhir FILE] ID}: an installed treatment's protocol as an HL7 FHIR R4
 * PlanDefinition with an ActivityDefinition per course, printed or written to FILE.
 */
@Command(
    name = "protocol",
    mixinStandardHelpOptions = true,
    description = {
      "Exports the protocol of an installed treatment module (see 'treatments') as an HL7 FHIR R4",
      "Bundle: a PlanDefinition, versioned as the protocol, and an ActivityDefinition per course."
    })
final class ProtocolCommand implements Callable<Integer> {
  @ParentCommand private RegimenCli cli;
  @Spec private CommandSpec spec;

  @Option(
      names = "--fhir",
      paramLabel = "FILE",
      description = "Write the FHIR Bundle (JSON) to FILE instead of standard output.")
  private Path fhir;

  @Parameters(paramLabel = "ID", description = "The treatment module's id, e.g. prp.")
  private String id;

  @Override
  public Integer call() {
    CliContext context = cli.context();
    TreatmentModule module =
        context.regimen().catalog().module(id)
            .orElseThrow(() -> new ParameterException(spec.commandLine(),
                "No treatment module '" + id + "'; installed: " + String.join(", ", context.regimen().catalog().ids())));
    ProtocolDefinitions definitions = ProtocolDefinitions.of(module.protocol());
    if (fhir == null) {
      context.out().println(definitions.toJson());
      return 0;
    }
    try (OutputStream out = Files.newOutputStream(fhir)) {
      out.write(definitions.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return 0;
    } catch (IOException | InvalidPathException e) {
      context.err().println("regimen: cannot write the FHIR file: " + e.getClass().getSimpleName());
      return 1;
    }
  }
}
