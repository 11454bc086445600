package org.regimen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.regimen.catalog.CatalogException;
import org.regimen.catalog.ClinicVariants;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.error.InvalidRequestException;
import org.regimen.internal.LibraryVersion;
import org.regimen.plan.Comparison;
import org.regimen.plan.TreatmentPlan;
import org.regimen.planning.Planner;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.Variant;
import org.regimen.protocol.VariantLoader;
import org.regimen.request.TreatmentRequest;
import org.regimen.spi.ModuleDescriptor;
import org.regimen.spi.TreatmentModule;

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
 *
 * @since 0.1.0
 */
public final class Regimen {
  private final TreatmentCatalog catalog;
  private final ClinicVariants variants;
  private final Planner planner;

  private Regimen(TreatmentCatalog catalog) {
    this(catalog, ClinicVariants.NONE);
  }

  private Regimen(TreatmentCatalog catalog, ClinicVariants variants) {
    this.catalog = catalog;
    this.variants = variants;
    this.planner = new Planner(catalog, variants);
  }

  /**
   * A Regimen with a clinic's own variants of the protocols (docs/variants.md):
   *
   * <pre>{@code
   * Regimen regimen = Regimen.builder()
   *     .variant(Path.of("prp-striae-monthly.json"))
   *     .variant(Path.of("prices.json"))
   *     .defaultVariant("clinic-prices")   // for its treatment, when a request names none
   *     .build();
   * }</pre>
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The clinic's variants loaded into this Regimen.
   *
   * @return the variants, ordered by id; empty when none was given to the builder
   */
  public List<Variant> variants() {
    return variants.variants();
  }

  /**
   * Regimen with every treatment module on the class path or module path.
   *
   * @return Regimen with the modules found
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

  /**
   * Regimen with the modules of a catalog.
   *
   * @param catalog the modules to plan with
   * @return Regimen with those modules and no variant
   */
  public static Regimen of(TreatmentCatalog catalog) {
    return new Regimen(catalog);
  }

  /**
   * The modules this Regimen plans with.
   *
   * @return the catalog, without the clinic's variants
   */
  public TreatmentCatalog catalog() {
    return catalog;
  }

  /**
   * What every module found offers.
   *
   * @return the modules' descriptors, ordered by id
   */
  public List<ModuleDescriptor> treatments() {
    return catalog.descriptors();
  }

  /**
   * Screens the patient and plans the treatment named by {@code request.treatment()}, or the
   * combination named by {@code request.treatments()}. Not being eligible is not an error: it is a
   * plan with that status.
   *
   * @param request the request; its {@code asOf} is "today"
   * @return the plan
   * @throws InvalidRequestException with every problem, if the request is invalid or names no
   *     installed treatment
   */
  public TreatmentPlan plan(TreatmentRequest request) {
    return planner.plan(request);
  }

  /**
   * One option per installed treatment for the request's indication, eligible options first.
   *
   * @param request the request, without {@code treatment}; its {@code asOf} is "today"
   * @return the comparison
   * @throws InvalidRequestException with every problem, if the request is invalid
   */
  public Comparison compare(TreatmentRequest request) {
    return planner.compare(request);
  }

  /**
   * Builds a Regimen: the modules of a class loader (or a given catalog) and a clinic's variants.
   * Not thread-safe; {@link #build()} reads and checks every variant, failing with every problem.
   */
  public static final class Builder {
    private TreatmentCatalog catalog;
    private ClassLoader classLoader;
    private final List<Source> sources = new ArrayList<>();
    private final List<String> defaults = new ArrayList<>();

    private record Source(String name, Path path, byte[] bytes) {}

    private Builder() {}

    /**
     * The modules to use; by default, those visible to Regimen's class loader.
     *
     * @param catalog the modules
     * @return this builder
     */
    public Builder catalog(TreatmentCatalog catalog) {
      this.catalog = catalog;
      return this;
    }

    /**
     * Where to look for modules, when no catalog is given.
     *
     * @param classLoader e.g. a plug-in's class loader
     * @return this builder
     */
    public Builder classLoader(ClassLoader classLoader) {
      this.classLoader = classLoader;
      return this;
    }

    /**
     * A variant document, read when the Regimen is built.
     *
     * @param file the variant's JSON file (docs/variants.md)
     * @return this builder
     */
    public Builder variant(Path file) {
      sources.add(new Source(file.toString(), file, null));
      return this;
    }

    /**
     * A variant document, read now.
     *
     * @param name names the document in error messages
     * @param in the variant's JSON; read to its end, not closed
     * @return this builder
     * @throws CatalogException if {@code in} cannot be read
     */
    public Builder variant(String name, InputStream in) {
      try {
        sources.add(new Source(name, null, in.readAllBytes()));
      } catch (IOException e) {
        throw new CatalogException("cannot read variant " + name + ": " + e.getMessage(), e);
      }
      return this;
    }

    /**
     * The variant planned for its treatment when a request names none ({@code clinic.variant}).
     *
     * @param id the id of a variant given to this builder
     * @return this builder
     */
    public Builder defaultVariant(String id) {
      defaults.add(id);
      return this;
    }

    /**
     * Loads the modules (unless a catalog was given) and reads and checks every variant.
     *
     * @return the Regimen, immutable and thread-safe
     * @throws org.regimen.protocol.ProtocolException when a variant is broken or leaves a safety
     *     bound, with every problem and its path
     * @throws CatalogException when a file cannot be read, two variants share an id or a default
     *     names no loaded variant
     */
    public Regimen build() {
      TreatmentCatalog modules =
          catalog != null
              ? catalog
              : classLoader != null ? TreatmentCatalog.load(classLoader) : TreatmentCatalog.load();
      List<Protocol> protocols = new ArrayList<>();
      for (TreatmentModule module : modules.modules()) {
        protocols.add(module.protocol());
      }
      List<Variant> read = new ArrayList<>();
      for (Source source : sources) {
        byte[] bytes = source.bytes();
        if (bytes == null) {
          try {
            bytes = Files.readAllBytes(source.path());
          } catch (IOException e) {
            throw new CatalogException("cannot read variant file " + source.name() + ": " + e, e);
          }
        }
        read.add(VariantLoader.parse(source.name(), new java.io.ByteArrayInputStream(bytes), protocols));
      }
      return new Regimen(modules, ClinicVariants.of(modules, read, defaults));
    }
  }
}
