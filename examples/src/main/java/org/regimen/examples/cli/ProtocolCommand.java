package org.regimen.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.regimen.Regimen;
import org.regimen.fhir.ProtocolDefinitions;
import org.regimen.protocol.Variant;
import org.regimen.spi.TreatmentModule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code regimen protocol [--fhir FILE] [--variant FILE]... ID}: an installed treatment's protocol,
 * or a clinic's variant of one, as an HL7 FHIR R4 PlanDefinition with an ActivityDefinition per
 * course, printed or written to FILE.
 */
@Command(
    name = "protocol",
    mixinStandardHelpOptions = true,
    description = {
      "Exports the protocol of an installed treatment module (see 'treatments'), or a clinic's variant",
      "loaded with --variant, as an HL7 FHIR R4 Bundle: a PlanDefinition, versioned as the protocol",
      "or the variant, and an ActivityDefinition per course."
    })
final class ProtocolCommand implements Callable<Integer> {
  @ParentCommand private RegimenCli cli;
  @Spec private CommandSpec spec;

  @Option(
      names = "--fhir",
      paramLabel = "FILE",
      description = "Write the FHIR Bundle (JSON) to FILE instead of standard output.")
  private Path fhir;

  @Mixin private VariantFiles variants;

  @Parameters(
      paramLabel = "ID",
      description = "The treatment module's id, e.g. prp, or the id of a variant loaded with --variant.")
  private String id;

  @Override
  public Integer call() {
    CliContext context = cli.context();
    ProtocolDefinitions definitions = definitions(variants.regimen(context));
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

  private ProtocolDefinitions definitions(Regimen regimen) {
    for (Variant variant : regimen.variants()) {
      if (variant.id().equals(id)) {
        return ProtocolDefinitions.of(variant);
      }
    }
    TreatmentModule module =
        regimen.catalog().module(id)
            .orElseThrow(() -> new ParameterException(spec.commandLine(),
                "No treatment module '" + id + "'; installed: " + String.join(", ", regimen.catalog().ids())
                    + (regimen.variants().isEmpty() ? "" : "; variants loaded: " + variantIds(regimen))));
    return ProtocolDefinitions.of(module.protocol());
  }

  private static String variantIds(Regimen regimen) {
    return String.join(", ", regimen.variants().stream().map(Variant::id).toList());
  }
}
