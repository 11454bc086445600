package org.regimen.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.error.Problem;
import org.regimen.error.RegimenException;

/**
 * Discovery with nothing to find says so plainly, with where it looked (docs/design.md, "Bad input"): a class loader
 * that sees core but no services file, as on a class path with no therapy jar.
 */
class EmptyCatalogTest {
  private final ClassLoader noTherapies =
      new URLClassLoader("no-therapies", new URL[0], ClassLoader.getPlatformClassLoader());

  @Test
  void loadingWithNoTreatmentModuleFailsSayingNoneWasFoundAndWhereItLooked() {
    assertThatThrownBy(() -> Regimen.load(noTherapies))
        .isInstanceOf(CatalogException.class)
        .isInstanceOf(RegimenException.class)
        .hasMessageStartingWith(
            "no treatment modules found: looked for META-INF/services/org.regimen.spi.TreatmentModule"
                + " through class loader 'no-therapies' (java.net.URLClassLoader)")
        .hasMessageEndingWith(
            "Add a therapy module (e.g. regimen-treatment-prp) to the class path or module path");
  }

  @Test
  void theProblemIsTheServicesFileSearched() {
    CatalogException e = catchCatalog(() -> TreatmentCatalog.load(noTherapies));

    assertThat(e.problems()).extracting(Problem::path).containsExactly(TreatmentCatalog.SERVICES_FILE);
    assertThat(e.problems().get(0).message()).startsWith("no treatment modules found");
  }

  private static CatalogException catchCatalog(Runnable load) {
    CatalogException[] caught = new CatalogException[1];
    assertThatThrownBy(load::run).isInstanceOfSatisfying(CatalogException.class, e -> caught[0] = e);
    return caught[0];
  }
}
