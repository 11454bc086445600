package org.regimen.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regimen.error.Problem;
import org.regimen.protocol.Protocol;
import org.regimen.spi.SpiVersion;
import org.regimen.spi.TreatmentModule;

/** The core refuses a module built for an incompatible SPI, as SLF4J's versionSanityCheck does. */
class SpiVersionCheckTest {

  @ParameterizedTest(name = "module {0} on core {1}")
  @CsvSource({"1.0, 1.0", "1.0, 1.3", "1.3, 1.3", "2.1, 2.4"})
  void sameMajorAndNoNewerMinorIsCompatible(String module, String core) {
    assertThat(SpiCompatibility.problem(module, core)).isEmpty();
  }

  @Test
  void anotherMajorIsRefusedNamingBothVersions() {
    assertThat(SpiCompatibility.problem("2.0", "1.0"))
        .contains(
            "was built for SPI version 2.0; this core supports SPI version 1.0 (1.x): use a module"
                + " built for 1.x or a core for 2.x");
  }

  @Test
  void aNewerMinorIsRefused() {
    assertThat(SpiCompatibility.problem("1.4", "1.3"))
        .contains("was built for SPI version 1.4, newer than this core's SPI version 1.3: upgrade regimen-core");
  }

  @Test
  void aVersionThatIsNotMajorDotMinorIsRefused() {
    assertThat(SpiCompatibility.problem("one", "1.0")).get().asString().contains("'one'", "not MAJOR.MINOR");
    assertThat(SpiCompatibility.problem(null, "1.0")).isPresent();
  }

  @Test
  void theCatalogRefusesAModuleBuiltForTheNextMajorNamingTheModuleItsJarAndBothVersions() {
    TreatmentModule future = new FutureSpiModule();

    assertThatThrownBy(() -> TreatmentCatalog.of(List.of(future)))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("treatment module " + FutureSpiModule.class.getName() + " in ")
        .hasMessageContaining(
            FutureSpiModule.class.getProtectionDomain().getCodeSource().getLocation().toString())
        .hasMessageContaining("was built for SPI version 2.0; this core supports SPI version 1.0")
        .satisfies(
            e ->
                assertThat(((CatalogException) e).problems())
                    .extracting(Problem::path)
                    .containsExactly(FutureSpiModule.class.getName()));
  }

  @Test
  void aModuleThatDeclaresNothingCountsAsBuiltForTheFirstVersionedSpi() {
    TreatmentModule undeclared = new CopyOfPrpIdModule();

    assertThat(undeclared.spiVersion()).isEqualTo(SpiVersion.UNDECLARED).isEqualTo("1.0");
    assertThat(TreatmentCatalog.of(List.of(undeclared)).ids()).containsExactly("minimal");
  }
}
