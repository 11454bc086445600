package org.regimen.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.regimen.batch.BatchPlanner;
import org.regimen.batch.StopSignal;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code regimen batch [FILE]}: plans every request of a JSON Lines file (or standard input), one
 * JSON answer a line on standard output, in order, each with the input's {@code "line"}: a plan, a
 * comparison (a request without treatment), or the error object (an invalid, unreadable or blank
 * line). Exit status 0 when every line was answered with a plan or a comparison, 1 when any line
 * is an error (0 with {@code --ok-on-errors}), 2 (with the error JSON for the whole document, path
 * {@code $}) when the input cannot be read at all. On SIGTERM the line being planned is finished,
 * the output flushed, and the tool exits without reading further: the output always ends with a
 * whole line.
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Plans every request of a JSON Lines file: one JSON answer a line on standard output, in order.",
      "Every input line, blank or not, gets exactly one answer with its \"line\" number: a plan,",
      "a comparison, or an error object (invalid JSON or request, blank line, a line that is not",
      "UTF-8 or exceeds a limit). Requests without asOf are planned as of today. Memory stays flat",
      "whatever the input size. On SIGTERM the current line is finished and the output flushed.",
      "",
      "Exit status: 0 every line answered with a plan or a comparison; 1 any line is an error",
      "(0 with --ok-on-errors); 2 the input cannot be read at all (error JSON with path $)."
    })
final class BatchCommand implements Callable<Integer> {
  private static final String STANDARD_INPUT = "-";
  /** How long SIGTERM waits for the line being planned (a plan takes milliseconds). */
  private static final Duration STOP_GRACE = Duration.ofSeconds(10);

  @Option(
      names = "--ok-on-errors",
      description = "Exit with status 0 even when some lines are errors (they are still answered).")
  private boolean okOnErrors;

  @ParentCommand private RegimenCli cli;

  @Mixin private VariantFiles variants;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "The JSON Lines requests; standard input when absent or '-'.")
  private String file;

  @Override
  public Integer call() throws IOException {
    CliContext context = cli.context();
    BatchPlanner batch = BatchPlanner.of(variants.regimen(context)).withDefaultAsOf(context.today());
    context.out().flush();
    BatchPlanner.Summary summary;
    if (file == null || file.equals(STANDARD_INPUT)) {
      summary = runStoppable(batch, context.in(), context);
    } else {
      try (InputStream in = open(file)) {
        summary = runStoppable(batch, in, context);
      }
    }
    return summary.errors() == 0 || okOnErrors ? 0 : CliExceptionHandler.FAILURE;
  }

  /**
   * Runs the batch with a shutdown hook that, on SIGTERM (or Ctrl-C), lets it finish the current
   * line and flush before the process ends.
   */
  private static BatchPlanner.Summary runStoppable(
      BatchPlanner batch, InputStream in, CliContext context) {
    StopSignal stop = new StopSignal();
    Thread hook =
        new Thread(
            () -> {
              stop.request();
              try {
                stop.awaitFinished(STOP_GRACE);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "regimen-batch-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      return batch.run(in, context.outBytes(), stop);
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running: it ends as soon as run() has returned.
      }
    }
  }

  private static InputStream open(String file) {
    try {
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        throw unreadable("the requests file is a directory");
      }
      return Files.newInputStream(path);
    } catch (InvalidPathException e) {
      throw unreadable("the requests file name is not a valid path");
    } catch (NoSuchFileException e) {
      throw unreadable("the requests file does not exist");
    } catch (AccessDeniedException e) {
      throw unreadable("the requests file cannot be read: permission denied");
    } catch (IOException e) {
      throw unreadable("the requests file cannot be read");
    }
  }

  private static InvalidRequestException unreadable(String message) {
    return new InvalidRequestException(List.of(Problem.of("$", message)));
  }
}
