package org.regimen.examples.variants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.regimen.examples.cli.CliContext;
import org.regimen.examples.cli.RegimenCli;

/** {@code --variant FILE} on plan, compare and batch (docs/variants.md). */
class VariantCliTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final CliContext context =
      new CliContext(new PrintWriter(out, true), new PrintWriter(err, true), InputStream.nullInputStream(), LocalDate.parse("2027-01-05"));

  @Test
  void planWithAVariantNamesItAndItsSource() throws Exception {
    Path request = Files.createTempFile("variant-request", ".json");
    com.fasterxml.jackson.databind.node.ObjectNode json = VariantSamplesTest.request("prp-stretch-marks.json");
    json.putObject("clinic").put("variant", "prp-striae-monthly");
    Files.writeString(request, json.toString());
    int status = RegimenCli.execute(context, "plan", "--json", "--variant", VariantSamplesTest.STRIAE.toString(), request.toString());
    assertThat(err.toString()).isEmpty();
    assertThat(status).isZero();
    assertThat(out.toString()).contains("\"variant\":{\"id\":\"prp-striae-monthly\",\"version\":\"1.0.0\"");
    Files.delete(request);
  }

  @Test
  void compareTakesAVariantToo() {
    int status = RegimenCli.execute(context, "compare", "--json", "--variant", VariantSamplesTest.PRICES.toString(),
        "--default-variant", "clinic-prices", Path.of("requests", "compare-stretch-marks.json").toString());
    assertThat(err.toString()).isEmpty();
    assertThat(status).isZero();
    assertThat(out.toString()).contains("\"variant\":{\"id\":\"clinic-prices\"");
  }

  /** The text examples/variants/README.md shows. */
  @Test
  void aVariantOutsideItsBoundsFailsWithEveryProblem() {
    int status = RegimenCli.execute(context, "plan", "--variant", VariantSamplesTest.BROKEN.toString(),
        Path.of("requests", "prp-stretch-marks.json").toString());
    assertThat(status).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().lines())
        .first().isEqualTo("regimen: a protocol or variant cannot be loaded: variants/broken-prp-weekly.json");
    assertThat(err.toString()).contains("  courses[0].interval.minDays: must be at least 14 days, not 7");
    System.out.println(err);
  }
}
