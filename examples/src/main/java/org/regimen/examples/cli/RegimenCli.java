package org.regimen.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code regimen} command-line tool: lists the installed treatment modules and plans treatments
 * from JSON requests (see the JSON contract).
 *
 * <p>Standard output carries only answers (a plan, a comparison, the batch's lines); errors go to
 * standard error. Exit status: 0 on success, 2 for an invalid or unreadable request (its problems
 * on standard error, as lines or, with {@code --json}, as the error JSON document) or a usage
 * error, 1 when the treatment modules cannot be loaded, the handout cannot be written or anything
 * unexpected happens (one line on standard error, never a stack trace).
 *
 * <p>Each subcommand is a class of its own that reaches the shared {@link CliContext} through
 * {@link #context()}; new subcommands (e.g. {@code compare}) are added to {@code
 * subcommands} below.
 */
@Command(
    name = "regimen",
    mixinStandardHelpOptions = true,
    versionProvider = RegimenCli.ManifestVersion.class,
    description = "Screens patients and plans aesthetic skin treatment sessions.",
    subcommands = {
      TreatmentsCommand.class,
      PlanCommand.class,
      CompareCommand.class,
      BatchCommand.class,
      ProtocolCommand.class,
      QuestionnaireCommand.class,
      ImportFhirCommand.class,
      CommandLine.HelpCommand.class
    })
public final class RegimenCli implements Runnable {
  @Spec private CommandSpec spec;

  private final CliContext context;

  RegimenCli(CliContext context) {
    this.context = context;
  }

  /** What every subcommand shares: streams, today's date, the library. */
  CliContext context() {
    return context;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  public static void main(String[] args) {
    System.exit(execute(CliContext.system(), args));
  }

  /** Runs one command line and returns its exit status; never throws, never exits. */
  public static int execute(CliContext context, String... args) {
    CommandLine commandLine =
        new CommandLine(new RegimenCli(context))
            .setOut(context.out())
            .setErr(context.err())
            .setExecutionExceptionHandler(new CliExceptionHandler(context));
    try {
      return commandLine.execute(args);
    } finally {
      context.out().flush();
      context.err().flush();
    }
  }

  /** The version written into the jar's manifest by the build. */
  static final class ManifestVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = RegimenCli.class.getPackage().getImplementationVersion();
      return new String[] {"regimen " + (version == null ? "(development build)" : version)};
    }
  }
}
