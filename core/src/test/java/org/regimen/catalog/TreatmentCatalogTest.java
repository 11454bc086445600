package org.regimen.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regimen.spi.TreatmentModule;

/** Discovery is loud and deterministic (docs/design.md, "Bad input"): a broken module or a duplicate id fails the load. */
class TreatmentCatalogTest {

  @TempDir Path jar;

  @Test
  void aModuleWithABrokenProtocolFailsTheLoadNamingTheModuleItsLocationAndTheBadPath() throws IOException {
    ClassLoader loader = servicesDeclaring(BrokenProtocolModule.class);
    assertThatThrownBy(() -> TreatmentCatalog.load(loader))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining(BrokenProtocolModule.class.getName())
        .hasMessageContaining(location(BrokenProtocolModule.class))
        .hasMessageContaining("org/regimen/catalog/broken-protocol.json")
        .hasMessageContaining("courses[0].interval.minDays.value")
        .satisfies(
            e ->
                assertThat(((CatalogException) e).problems())
                    .extracting(org.regimen.error.Problem::path)
                    .containsExactly(BrokenProtocolModule.class.getName()));
  }

  @Test
  void twoModulesWithOneIdFailTheLoadNamingTheIdAndBothLocations() throws IOException {
    ClassLoader loader = servicesDeclaring(CopyOfPrpIdModule.class, SecondModuleWithSameId.class);
    assertThatThrownBy(() -> TreatmentCatalog.load(loader))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("'minimal'")
        .hasMessageContaining(location(CopyOfPrpIdModule.class));
  }

  @Test
  void aDiscoveredModuleBuiltForAnotherSpiMajorFailsTheLoadNamingItAndBothVersions() throws IOException {
    ClassLoader loader = servicesDeclaring(CopyOfPrpIdModule.class, FutureSpiModule.class);
    assertThatThrownBy(() -> TreatmentCatalog.load(loader))
        .isInstanceOf(CatalogException.class)
        .hasMessage(
            "treatment module " + FutureSpiModule.class.getName() + " in " + location(FutureSpiModule.class)
                + " was built for SPI version 2.0; this core supports SPI version 1.0 (1.x): use a"
                + " module built for 1.x or a core for 2.x");
  }

  @Test
  void aDeclaredClassThatDoesNotExistFailsTheLoad() throws IOException {
    Path services = jar.resolve("META-INF/services/" + TreatmentModule.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, "org.regimen.catalog.NoSuchModule\n", StandardCharsets.UTF_8);
    ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
    assertThatThrownBy(() -> TreatmentCatalog.load(loader))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("cannot be found");
  }

  @Test
  void modulesAreOrderedByIdAndLoadedOnce() throws IOException {
    TreatmentCatalog catalog = TreatmentCatalog.load(servicesDeclaring(CopyOfPrpIdModule.class));
    assertThat(catalog.ids()).containsExactly("minimal");
    assertThat(catalog.module("minimal")).containsSame(catalog.modules().get(0));
    assertThat(catalog.module("nothing")).isEmpty();
  }

  @Test
  void aCatalogOfNoModulesIsEmptyNotAnError() {
    assertThat(TreatmentCatalog.of(List.of()).ids()).isEmpty();
  }

  private ClassLoader servicesDeclaring(Class<?>... modules) throws IOException {
    Path services = jar.resolve("META-INF/services/" + TreatmentModule.class.getName());
    Files.createDirectories(services.getParent());
    StringBuilder lines = new StringBuilder();
    for (Class<?> module : modules) {
      lines.append(module.getName()).append('\n');
    }
    Files.writeString(services, lines, StandardCharsets.UTF_8);
    // Only the services file is new: the classes come from the test class path, as from a jar.
    return new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
  }

  private static String location(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation().toString();
  }
}
