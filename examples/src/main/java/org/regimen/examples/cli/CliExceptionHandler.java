package org.regimen.examples.cli;

import org.regimen.InvalidRequestException;
import org.regimen.catalog.CatalogException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a subcommand throws into an exit status: an invalid request is the error JSON on
 * standard output and status 2; anything else is one line on standard error and status 1. Never a
 * stack trace: the user is a clinic's operator or a script.
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
        context.out().println(context.json().writeErrors(invalid));
        return INVALID_REQUEST;
      }
      if (exception instanceof CatalogException) {
        return fail("the treatment modules cannot be loaded: " + firstLine(exception));
      }
      return fail("unexpected error: " + describe(exception));
    } catch (RuntimeException whileReporting) {
      return fail("unexpected error: " + describe(whileReporting));
    }
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
