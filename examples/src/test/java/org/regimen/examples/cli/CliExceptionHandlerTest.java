package org.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regimen.catalog.CatalogException;

/** Failures other than an invalid request: exit status 1 and one line on standard error. */
class CliExceptionHandlerTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final CliContext context =
      new CliContext(
          new PrintWriter(out, true),
          new PrintWriter(err, true),
          InputStream.nullInputStream(),
          LocalDate.parse("2027-01-05"));
  private final CliExceptionHandler handler = new CliExceptionHandler(context);

  @Test
  void brokenTreatmentModuleIsOneLineAndStatusOne() {
    int status =
        handler.handleExecutionException(
            new CatalogException("two treatment modules have the id 'prp'\nmore"), null, null);

    assertThat(status).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().lines())
        .containsExactly(
            "regimen: the treatment modules cannot be loaded: two treatment modules have the id 'prp'");
  }

  @Test
  void unexpectedExceptionIsOneLineWithoutStackTrace() {
    int status =
        handler.handleExecutionException(new IllegalStateException("boom"), null, null);

    assertThat(status).isEqualTo(1);
    assertThat(err.toString().lines())
        .containsExactly("regimen: unexpected error: IllegalStateException: boom");
  }

  @Test
  void anInvalidRequestListsItsProblemsOnStandardErrorAndNothingOnStandardOutput() {
    int status = RegimenCli.execute(context, "plan", "/no/such/dir/request.json");

    assertThat(status).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().lines())
        .containsExactly(
            "regimen: the request cannot be planned:",
            "  $: the request file '/no/such/dir/request.json' does not exist");
  }

  @Test
  void withJsonAnInvalidRequestIsTheErrorDocumentOnStandardError() {
    int status = RegimenCli.execute(context, "compare", "--json", "/no/such/dir/request.json");

    assertThat(status).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().strip())
        .isEqualTo(
            "{\"errors\":[{\"path\":\"$\",\"message\":"
                + "\"the request file '/no/such/dir/request.json' does not exist\"}]}");
  }

  @Test
  void usageErrorIsStatusTwo() {
    int status = RegimenCli.execute(context, "plan", "--no-such-option");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("--no-such-option").doesNotContain("\tat ");
  }

  @Test
  void missingSubcommandIsStatusTwo() {
    assertThat(RegimenCli.execute(context)).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required subcommand");
  }
}
