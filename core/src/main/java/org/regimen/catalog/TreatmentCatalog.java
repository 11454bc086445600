package org.regimen.catalog;

import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.regimen.spi.ModuleDescriptor;
import org.regimen.spi.TreatmentModule;

/**
 * The treatment modules found with {@link ServiceLoader}, each loaded once. Immutable after
 * construction and safe to share between threads.
 *
 * <p>Loading is loud: finding no module at all, a module that fails to load (for example, a broken
 * protocol document), a module built for an incompatible SPI version ({@link
 * TreatmentModule#spiVersion()}) or two modules with the same id fail the whole catalog with the jar
 * (or the place searched) named, rather than silently leaving a therapy out of a comparison.
 *
 * @since 0.1.0
 */
public final class TreatmentCatalog {
  /** The services file that registers a module on the class path. */
  public static final String SERVICES_FILE = "META-INF/services/" + TreatmentModule.class.getName();

  private final Map<String, TreatmentModule> modulesById;
  private final List<ModuleDescriptor> descriptors;

  private TreatmentCatalog(Map<String, TreatmentModule> modulesById) {
    this.modulesById = Collections.unmodifiableMap(modulesById);
    List<ModuleDescriptor> described = new ArrayList<>();
    for (TreatmentModule module : modulesById.values()) {
      described.add(module.descriptor());
    }
    this.descriptors = List.copyOf(described);
  }

  /**
   * The modules visible to the class loader that loaded Regimen's core.
   *
   * @return the catalog, with at least one module
   * @throws CatalogException if no module is found, a module cannot be loaded or is built for an
   *     incompatible SPI version, or two modules share an id
   */
  public static TreatmentCatalog load() {
    return load(TreatmentCatalog.class.getClassLoader());
  }

  /**
   * The modules visible to {@code classLoader}: registered in {@link #SERVICES_FILE} on its class
   * path, or with {@code provides org.regimen.spi.TreatmentModule} by a named module it defines.
   *
   * @param classLoader where to look, e.g. a plug-in's class loader
   * @return the catalog, with at least one module
   * @throws CatalogException if no module is found, a module cannot be loaded or is built for an
   *     incompatible SPI version, or two modules share an id; or if Jackson is older than 2.16
   */
  public static TreatmentCatalog load(ClassLoader classLoader) {
    JacksonFloor.require();
    // ServiceLoader.load must be called from core, the module that uses the service.
    ServiceLoader<TreatmentModule> loader = ServiceLoader.load(TreatmentModule.class, classLoader);
    List<TreatmentModule> modules = instantiateAll(loader.stream().iterator());
    if (modules.isEmpty()) {
      throw new CatalogException(SERVICES_FILE, nothingFound(classLoader), null);
    }
    return of(modules);
  }

  /**
   * A catalog of the given modules, e.g. for tests or for a clinic's own modules; an empty list
   * gives an empty catalog.
   *
   * @param modules the modules, in any order
   * @return the catalog, ordered by id
   * @throws CatalogException if a module is built for an incompatible SPI version or two modules
   *     share an id
   */
  public static TreatmentCatalog of(List<TreatmentModule> modules) {
    Map<String, TreatmentModule> byId = new TreeMap<>();
    for (TreatmentModule module : modules) {
      requireCompatibleSpi(module);
      String id = module.descriptor().id();
      TreatmentModule previous = byId.putIfAbsent(id, module);
      if (previous != null) {
        throw new CatalogException(
            "two treatment modules have the id '"
                + id
                + "': "
                + location(previous.getClass())
                + " and "
                + location(module.getClass()));
      }
    }
    return new TreatmentCatalog(new LinkedHashMap<>(byId));
  }

  private static List<TreatmentModule> instantiateAll(
      Iterator<ServiceLoader.Provider<TreatmentModule>> providers) {
    List<TreatmentModule> modules = new ArrayList<>();
    while (true) {
      ServiceLoader.Provider<TreatmentModule> provider;
      try {
        if (!providers.hasNext()) {
          return modules;
        }
        provider = providers.next();
      } catch (ServiceConfigurationError e) {
        throw new CatalogException(
            SERVICES_FILE, "a treatment module is declared but cannot be found: " + e.getMessage(), e);
      }
      Class<? extends TreatmentModule> type = provider.type();
      try {
        TreatmentModule module = provider.get();
        module.descriptor(); // a broken protocol fails here, at load time, not in a plan
        modules.add(module);
      } catch (RuntimeException | ServiceConfigurationError | ExceptionInInitializerError e) {
        Throwable cause = e.getCause() != null && !(e instanceof RuntimeException) ? e.getCause() : e;
        throw new CatalogException(
            type.getName(),
            "treatment module "
                + type.getName()
                + " in "
                + location(type)
                + " cannot be loaded: "
                + cause.getMessage(),
            e);
      }
    }
  }

  private static void requireCompatibleSpi(TreatmentModule module) {
    Class<?> type = module.getClass();
    SpiCompatibility.problem(module.spiVersion())
        .ifPresent(
            problem -> {
              throw new CatalogException(
                  type.getName(),
                  "treatment module " + type.getName() + " in " + location(type) + " " + problem,
                  null);
            });
  }

  private static String nothingFound(ClassLoader classLoader) {
    String where =
        TreatmentCatalog.class.getModule().isNamed()
            ? " and named modules that declare 'provides " + TreatmentModule.class.getName() + "'"
            : "";
    return "no treatment modules found: looked for "
        + SERVICES_FILE
        + " through class loader "
        + describe(classLoader)
        + where
        + ". Add a therapy module (e.g. regimen-treatment-prp) to the class path or module path";
  }

  private static String describe(ClassLoader classLoader) {
    if (classLoader == null) {
      return "(the system class loader)";
    }
    String name = classLoader.getName();
    return name != null ? "'" + name + "' (" + classLoader.getClass().getName() + ")" : classLoader.toString();
  }

  private static String location(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    URL url = source == null ? null : source.getLocation();
    return url == null ? "(unknown location)" : url.toString();
  }

  /**
   * The module with an id.
   *
   * @param id a module's id, as a request's {@code treatment} names it
   * @return the module, or empty when none has this id
   */
  public Optional<TreatmentModule> module(String id) {
    return Optional.ofNullable(modulesById.get(id));
  }

  /**
   * Every module.
   *
   * @return the modules, ordered by id
   */
  public List<TreatmentModule> modules() {
    return List.copyOf(modulesById.values());
  }

  /**
   * What every module offers.
   *
   * @return the modules' descriptors, ordered by id
   */
  public List<ModuleDescriptor> descriptors() {
    return descriptors;
  }

  /**
   * Every module's id.
   *
   * @return the ids, ordered
   */
  public List<String> ids() {
    return List.copyOf(modulesById.keySet());
  }
}
