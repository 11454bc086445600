package org.regimen.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.regimen.protocol.Variant;
import org.regimen.spi.TreatmentModule;

/**
 * A clinic's variants of the catalog's protocols (docs/variants.md), each ready to plan with, and
 * the default variant of each treatment, if any. Immutable; built once with the catalog.
 *
 * @since 0.1.0
 */
public final class ClinicVariants {
  /** No variant: every treatment is planned with its module's own protocol. */
  public static final ClinicVariants NONE = new ClinicVariants(Map.of(), Map.of());

  private final Map<String, VariantModule> byId;
  private final Map<String, String> defaultByTreatment;

  private ClinicVariants(Map<String, VariantModule> byId, Map<String, String> defaultByTreatment) {
    this.byId = Collections.unmodifiableMap(byId);
    this.defaultByTreatment = Collections.unmodifiableMap(defaultByTreatment);
  }

  /**
   * A clinic's variants over a catalog.
   *
   * @param catalog the modules the variants change; each variant's base protocol is one of them
   * @param variants the loaded variant documents
   * @param defaults the ids of the variants to use when a request names none
   * @return the variants, ready to plan with
   * @throws CatalogException when two variants share an id, a default names no variant, or two
   *     defaults change the same treatment
   */
  public static ClinicVariants of(TreatmentCatalog catalog, List<Variant> variants, Collection<String> defaults) {
    Map<String, VariantModule> byId = new TreeMap<>();
    for (Variant variant : variants) {
      TreatmentModule base = catalog.module(variant.baseProtocol()).orElseThrow();
      if (byId.putIfAbsent(variant.id(), new VariantModule(base, variant)) != null) {
        throw new CatalogException("two variants have the id '" + variant.id() + "'");
      }
    }
    Map<String, String> defaultByTreatment = new LinkedHashMap<>();
    for (String id : defaults) {
      VariantModule module = byId.get(id);
      if (module == null) {
        throw new CatalogException("the default variant '" + id + "' is not loaded; loaded: " + byId.keySet());
      }
      String previous = defaultByTreatment.putIfAbsent(module.variant().baseProtocol(), id);
      if (previous != null && !previous.equals(id)) {
        throw new CatalogException(
            "two default variants for treatment '" + module.variant().baseProtocol() + "': " + previous + " and " + id);
      }
    }
    return new ClinicVariants(new LinkedHashMap<>(byId), defaultByTreatment);
  }

  /**
   * The variant with an id.
   *
   * @param id a variant's id, as a request's {@code clinic.variant} names it
   * @return the variant, or empty when none has this id
   */
  public Optional<VariantModule> variant(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The default variant of a treatment, used when the request names none.
   *
   * @param treatment a treatment module's id
   * @return its default variant, or empty when it has none
   */
  public Optional<VariantModule> defaultFor(String treatment) {
    return Optional.ofNullable(defaultByTreatment.get(treatment)).map(byId::get);
  }

  /**
   * Every variant document.
   *
   * @return the variants, ordered by id
   */
  public List<Variant> variants() {
    List<Variant> list = new ArrayList<>();
    byId.values().forEach(m -> list.add(m.variant()));
    return list;
  }

  /**
   * Every variant, ready to plan with.
   *
   * @return the variants as modules, ordered by id
   */
  public List<VariantModule> modules() {
    return List.copyOf(byId.values());
  }

  /**
   * Every variant's id.
   *
   * @return the ids, ordered
   */
  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }
}
