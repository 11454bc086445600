package org.regimen.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.regimen.InvalidRequestException;
import org.regimen.Problem;
import org.regimen.batch.BatchPlanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code regimen batch [FILE]}: plans every request of a JSON Lines file (or standard input), one
 * JSON answer a line on standard output, in order: a plan, a comparison (a request without
 * treatment), or the error object with the request's {@code "line"}. Blank lines are skipped. Exit
 * status 0 even when some lines are errors; 2 (with the error JSON for the whole document, path
 * {@code $}) when the input cannot be read at all.
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Plans every request of a JSON Lines file: one JSON answer a line on standard output, in order.",
      "An invalid line gives an error object with its \"line\" number; blank lines are skipped.",
      "Requests without asOf are planned as of today. Memory stays flat whatever the input size."
    })
final class BatchCommand implements Callable<Integer> {
  private static final String STANDARD_INPUT = "-";

  @ParentCommand private RegimenCli cli;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "The JSON Lines requests; standard input when absent or '-'.")
  private String file;

  @Override
  public Integer call() throws IOException {
    CliContext context = cli.context();
    BatchPlanner batch = BatchPlanner.of(context.regimen()).withDefaultAsOf(context.today());
    context.out().flush();
    if (file == null || file.equals(STANDARD_INPUT)) {
      batch.run(context.in(), context.outBytes());
      return 0;
    }
    try (InputStream in = open(file)) {
      batch.run(in, context.outBytes());
    }
    return 0;
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
