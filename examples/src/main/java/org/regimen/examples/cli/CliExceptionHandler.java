package org.regimen.examples.cli;

import org.regimen.catalog.CatalogException;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a subcommand throws into an exit status, never a stack trace: the user is a clinic's
 * operator or a script.
 *
 * <ul>
 *   <li>An invalid or unreadable request: status 2, and on standard error either the problems as
 *       lines ({@code path: rule}) or, with {@code --json}, the error JSON document. Standard output
 *       carries only answers, so a script that reads it never takes an error for a plan. The batch
 *       keeps its own contract: one answer or error object a line, on standard output.
 *   <li>The treatment modules cannot be loaded, or anything unexpected: status 1 and one line on
 *       standard error.
 * </ul>
 */
final class CliExceptionHandler implements IExecutionExceptionHandler {
  static final int FAILURE = 1;
  static final int INVALID_REQUEST = 2;

  private final CliContext context;

  CliExceptionHandler(CliContext context) {
    this.context = context;
  }

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parseResult) {
    try {
      if (exception instanceof InvalidRequestException invalid) {
        return invalidRequest(invalid, commandLine, parseResult);
      }
      if (exception instanceof org.regimen.protocol.ProtocolException broken) {
        // A clinic's variant (or a protocol) that cannot load: every problem, one a line.
        context.err().println("regimen: a protocol or variant cannot be loaded: " + broken.resource());
        for (Problem problem : broken.problems()) {
          context.err().println("  " + problem.path() + ": " + problem.message());
        }
        return CliExceptionHandler.FAILURE;
      }
      if (exception instanceof CatalogException) {
        return fail("the treatment modules cannot be loaded: " + firstLine(exception));
      }
      return fail("unexpected error: " + describe(exception));
    } catch (RuntimeException whileReporting) {
      return fail("unexpected error: " + describe(whileReporting));
    }
  }

  private int invalidRequest(
      InvalidRequestException invalid, CommandLine commandLine, ParseResult parseResult) {
    if (commandLine != null && commandLine.getCommand() instanceof BatchCommand) {
      context.out().println(context.json().writeErrors(invalid));
    } else if (jsonRequested(parseResult)) {
      context.err().println(context.json().writeErrors(invalid));
    } else {
      String id = invalid.requestId().map(value -> " " + value).orElse("");
      context.err().println("regimen: the request" + id + " cannot be planned:");
      for (Problem problem : invalid.problems()) {
        context.err().println("  " + problem.path() + ": " + problem.message());
      }
    }
    return INVALID_REQUEST;
  }

  /** Whether the innermost subcommand was given {@code --json}. */
  private static boolean jsonRequested(ParseResult parseResult) {
    ParseResult innermost = parseResult;
    while (innermost != null && innermost.subcommand() != null) {
      innermost = innermost.subcommand();
    }
    return innermost != null && innermost.hasMatchedOption("--json");
  }

  private int fail(String message) {
    context.err().println("regimen: " + message);
    return FAILURE;
  }

  private static String describe(Throwable throwable) {
    String message = firstLine(throwable);
    String kind = throwable.getClass().getSimpleName();
    return message.isEmpty() ? kind : kind + ": " + message;
  }

  private static String firstLine(Throwable throwable) {
    String message = throwable.getMessage();
    if (message == null) {
      return "";
    }
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).strip();
  }
}
