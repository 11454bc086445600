package org.regimen.examples.cli;

import java.util.concurrent.Callable;
import org.regimen.examples.cli.text.TreatmentsTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code regimen treatments}: the treatment modules found on the class path. */
@Command(
    name = "treatments",
    mixinStandardHelpOptions = true,
    description = "Lists the installed treatment modules: id, name and protocol version.")
final class TreatmentsCommand implements Callable<Integer> {
  @ParentCommand private RegimenCli cli;

  @Override
  public Integer call() {
    CliContext context = cli.context();
    context.out().print(TreatmentsTable.format(context.regimen().treatments()));
    return 0;
  }
}
