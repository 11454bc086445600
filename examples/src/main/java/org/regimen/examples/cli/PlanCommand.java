package org.regimen.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.Locale;
import org.regimen.handout.Handout;
import org.regimen.handout.HtmlHandout;
import org.regimen.examples.cli.text.PlanTable;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.TreatmentRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code regimen plan [--json] [--handout FILE] [--fhir FILE] [--ical FILE] [FILE]}: screens the patient and plans the requested
 * treatment (or the combination of {@code treatments}).
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Screens the patient and plans the treatment named in a JSON request.",
      "A request without asOf is planned as of today."
    })
final class PlanCommand implements Callable<Integer> {
  @ParentCommand private RegimenCli cli;

  @Mixin private VariantFiles variants;

  @Option(
      names = "--json",
      description = "Print the plan as JSON (the public contract) instead of a text table.")
  private boolean json;

  @Option(
      names = "--handout",
      paramLabel = "FILE",
      description =
          "Also write the patient's handout to FILE: a printable HTML page with a timeline picture"
              + " when FILE ends in .html, Markdown (plain English) otherwise.")
  private Path handout;

  @Mixin private StandardExports exports;

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
    TreatmentPlan plan = variants.regimen(context).plan(request);
    if (handout != null) {
      try {
        Files.writeString(handout, handoutText(plan, request), StandardCharsets.UTF_8);
      } catch (IOException | InvalidPathException e) {
        // Nothing is printed: a script must not take a plan without its handout for success.
        context.err().println(
            "regimen: cannot write the handout file '" + handout + "': " + IoReasons.whyNotWritten(handout, e));
        return CliExceptionHandler.FAILURE;
      }
    }
    if (exports.write(context, request, plan) != 0) {
      return 1;
    }
    if (json) {
      context.out().println(context.json().writePlan(plan));
    } else {
      context.out().print(PlanTable.format(plan));
    }
    return 0;
  }

  /** HTML for a file named {@code *.html} or {@code *.htm}, Markdown for any other name. */
  private String handoutText(TreatmentPlan plan, TreatmentRequest request) {
    String name = String.valueOf(handout.getFileName()).toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm")
        ? HtmlHandout.html(plan, request.clinic(), request.calendar())
        : Handout.markdown(plan, request.clinic());
  }
}
