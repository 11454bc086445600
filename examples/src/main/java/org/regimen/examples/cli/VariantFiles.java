package org.regimen.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.regimen.Regimen;
import picocli.CommandLine.Option;

/**
 * {@code --variant FILE} (repeatable) on plan, compare and batch: a clinic's variants of the
 * protocols (docs/variants.md), selected by a request's {@code clinic.variant}. A variant outside
 * its bounds fails before any request is read, naming the bound.
 */
final class VariantFiles {
  @Option(
      names = "--variant",
      paramLabel = "FILE",
      description =
          "Load a clinic's variant of a protocol (repeatable); a request selects one with"
              + " clinic.variant. A variant outside the protocol's safety bounds is refused.")
  private List<Path> files = new ArrayList<>();

  @Option(
      names = "--default-variant",
      paramLabel = "ID",
      description = "Plan its treatment with this loaded variant when a request names none.")
  private List<String> defaults = new ArrayList<>();

  Regimen regimen(CliContext context) {
    if (files.isEmpty() && defaults.isEmpty()) {
      return context.regimen();
    }
    Regimen.Builder builder = Regimen.builder();
    files.forEach(builder::variant);
    defaults.forEach(builder::defaultVariant);
    return builder.build();
  }
}
