package org.regimen;

import java.util.List;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.plan.Comparison;
import org.regimen.plan.TreatmentPlan;
import org.regimen.planning.Planner;
import org.regimen.request.TreatmentRequest;
import org.regimen.spi.ModuleDescriptor;

/**
 * The entry point: screen a patient and plan a treatment, or compare every treatment for the
 * patient's indication.
 *
 * <pre>{@code
 * Regimen regimen = Regimen.load();            // once; share it between threads
 * TreatmentPlan plan = regimen.plan(request);  // request.treatment() names the module, e.g. "prp"
 * }</pre>
 *
 * <p>Immutable and thread-safe. Planning reads no clock: the request's {@code asOf} is "today".
 */
public final class Regimen {
  private final TreatmentCatalog catalog;
  private final Planner planner;

  private Regimen(TreatmentCatalog catalog) {
    this.catalog = catalog;
    this.planner = new Planner(catalog);
  }

  /**
   * Regimen with every treatment module on the class path or module path.
   *
   * @throws org.regimen.catalog.CatalogException if no module is found (the message says where it
   *     looked), a module is broken or built for an incompatible SPI version, or two share an id
   */
  public static Regimen load() {
    return new Regimen(TreatmentCatalog.load());
  }

  /**
   * Regimen with every treatment module visible to {@code classLoader}, e.g. a plug-in loader of the
   * host application.
   *
   * @param classLoader where to look for {@code META-INF/services/org.regimen.spi.TreatmentModule}
   *     and for named modules that provide {@code org.regimen.spi.TreatmentModule}
   * @return Regimen with the modules found
   * @throws org.regimen.catalog.CatalogException as {@link #load()}
   */
  public static Regimen load(ClassLoader classLoader) {
    return new Regimen(TreatmentCatalog.load(classLoader));
  }

  /**
   * This library's version, e.g. {@code 0.1.0}, as every plan names it in {@code library}: written
   * into {@code org/regimen/regimen.properties} by the build.
   *
   * @return the version, e.g. {@code 0.1.0}
   */
  public static String version() {
    return LibraryVersion.VERSION;
  }

  /** Regimen with the modules of {@code catalog}. */
  public static Regimen of(TreatmentCatalog catalog) {
    return new Regimen(catalog);
  }

  public TreatmentCatalog catalog() {
    return catalog;
  }

  /** Every module found, ordered by id. */
  public List<ModuleDescriptor> treatments() {
    return catalog.descriptors();
  }

  /**
   * Screens the patient and plans the treatment named by {@code request.treatment()}, or the
   * combination named by {@code request.treatments()}. Not being eligible is not an error: it is a
   * plan with that status.
   *
   * @throws InvalidRequestException with every problem, if the request is invalid or names no
   *     installed treatment
   */
  public TreatmentPlan plan(TreatmentRequest request) {
    return planner.plan(request);
  }

  /**
   * One option per installed treatment for the request's indication, eligible options first.
   *
   * @throws InvalidRequestException with every problem, if the request is invalid
   */
  public Comparison compare(TreatmentRequest request) {
    return planner.compare(request);
  }
}
