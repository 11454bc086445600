package org.regimen.examples.cli;

import java.util.concurrent.Callable;
import org.regimen.examples.cli.text.PlanTable;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.TreatmentRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code regimen plan [--json] [FILE]}: screens the patient and plans the requested treatment. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Screens the patient and plans the treatment named in a JSON request.",
      "A request without asOf is planned as of today."
    })
final class PlanCommand implements Callable<Integer> {
  @ParentCommand private RegimenCli cli;

  @Option(
      names = "--json",
      description = "Print the plan as JSON (the public contract) instead of a text table.")
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
    TreatmentPlan plan = context.regimen().plan(request);
    if (json) {
      context.out().println(context.json().writePlan(plan));
    } else {
      context.out().print(PlanTable.format(plan));
    }
    return 0;
  }
}
