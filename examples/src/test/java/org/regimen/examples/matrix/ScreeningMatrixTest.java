package org.regimen.examples.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.regimen.catalog.TreatmentCatalog;

/**
 * {@code docs/screening-matrix.md} is what the loaded protocols say (issue 10): fails when it is
 * stale, and rewrites it with {@code -Dregimen.updateMatrix=true}.
 */
class ScreeningMatrixTest {
  private static final Path MATRIX = Path.of("..", "docs", "screening-matrix.md");

  @Test
  void theCommittedMatrixIsGeneratedFromTheLoadedProtocols() throws IOException {
    String generated = new ScreeningMatrix(TreatmentCatalog.load()).markdown();
    if (Boolean.getBoolean("regimen.updateMatrix")) {
      Files.writeString(MATRIX, generated, StandardCharsets.UTF_8);
    }
    assertThat(generated).as("every fact has a verdict in every therapy").doesNotContain("NO VERDICT");
    assertThat(Files.exists(MATRIX)).as("%s exists; create it with: %s", MATRIX, ScreeningMatrix.REGENERATE).isTrue();
    assertThat(Files.readString(MATRIX, StandardCharsets.UTF_8))
        .as("docs/screening-matrix.md is stale: regenerate it with %s", ScreeningMatrix.REGENERATE)
        .isEqualTo(generated);
  }

  private static final Path VARIANT_MATRIX = Path.of("..", "docs", "screening-matrix-variants.md");
  static final String REGENERATE_VARIANTS =
      "./mvnw -B -pl examples -am verify -Dtest=ScreeningMatrixTest -Dsurefire.failIfNoSpecifiedTests=false"
          + " -Dregimen.updateMatrix=true";

  /** Issue 16: the matrix per sample variant, with the rules each adds or raises. */
  @Test
  void theVariantMatrixIsGeneratedFromTheSampleVariants() throws IOException {
    org.regimen.Regimen regimen =
        org.regimen.Regimen.builder()
            .variant(Path.of("variants", "prp-striae-monthly.json"))
            .variant(Path.of("variants", "prp-face-15-days.json"))
            .variant(Path.of("variants", "clinic-prices.json"))
            .build();
    String generated = new ScreeningMatrix(regimen.variants(), REGENERATE_VARIANTS).markdown();
    if (Boolean.getBoolean("regimen.updateMatrix")) {
      Files.writeString(VARIANT_MATRIX, generated, StandardCharsets.UTF_8);
    }
    assertThat(generated).doesNotContain("NO VERDICT").contains("ABSOLUTE `CANCER`*");
    assertThat(Files.readString(VARIANT_MATRIX, StandardCharsets.UTF_8))
        .as("docs/screening-matrix-variants.md is stale: regenerate it with %s", REGENERATE_VARIANTS)
        .isEqualTo(generated);
  }

  @Test
  void everyTherapyIsAColumn() {
    String generated = new ScreeningMatrix(TreatmentCatalog.load()).markdown();
    assertThat(generated).contains("| fact | mesotherapy | plasma | prp | stemcell |");
  }
}
