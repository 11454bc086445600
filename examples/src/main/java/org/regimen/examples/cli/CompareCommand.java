package org.regimen.examples.cli;

import java.util.concurrent.Callable;
import org.regimen.examples.cli.text.ComparisonTable;
import org.regimen.plan.Comparison;
import org.regimen.request.TreatmentRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code regimen compare [--json] [FILE]}: every installed treatment for the request's indication. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compares every installed treatment for the indication of a JSON request, side by side,",
      "with the alternatives the sources mention (reference only, not planned by Regimen).",
      "The request's treatment and treatments are ignored. A request without asOf is compared as of today."
    })
final class CompareCommand implements Callable<Integer> {
  @ParentCommand private RegimenCli cli;

  @Mixin private VariantFiles variants;

  @Option(names = "--json", description = "Print the comparison as JSON (the public contract).")
  private boolean json;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "The JSON request; standard input when absent or '-'.")
  private String file;

  @Override
  public Integer call() {
    CliContext context = cli.context();
    String text = RequestInput.read(file, context.in());
    TreatmentRequest request = context.json().readRequest(text, context.today());
    Comparison comparison = variants.regimen(context).compare(request);
    if (json) {
      context.out().println(context.json().writeComparison(comparison));
    } else {
      context.out().print(ComparisonTable.format(comparison));
    }
    return 0;
  }
}
