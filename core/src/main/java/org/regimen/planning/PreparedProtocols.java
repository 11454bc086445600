package org.regimen.planning;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.plan.TreatmentRef;
import org.regimen.protocol.Basis;
import org.regimen.protocol.Course;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.ProtocolBases;
import org.regimen.protocol.Baseline;
import org.regimen.screening.ScreeningRules;
import org.regimen.spi.ModuleDescriptor;
import org.regimen.spi.TreatmentModule;

/**
 * What planning needs from each protocol that does not depend on the request, worked out once per
 * catalog: the screening rules (the baseline as the protocol overrides it) and the sources each course
 * cites (a plan lists the documents its own course was made from, not every source of the module).
 * Read-only after construction, so every thread shares it without locks.
 */
final class PreparedProtocols {
  // Keyed by identity: protocols are loaded once and shared, and their deep hash is not needed.
  private final Map<Course, List<String>> sourcesByCourse = new IdentityHashMap<>();
  private final Map<Protocol, ScreeningRules> rulesByProtocol = new IdentityHashMap<>();
  private final Map<TreatmentModule, TreatmentRef> refsByModule = new IdentityHashMap<>();
  private final Map<String, TreatmentModule> modulesById = new java.util.HashMap<>();

  PreparedProtocols(TreatmentCatalog catalog) {
    this(catalog, org.regimen.catalog.ClinicVariants.NONE);
  }

  PreparedProtocols(TreatmentCatalog catalog, org.regimen.catalog.ClinicVariants variants) {
    List<TreatmentModule> all = new ArrayList<>(catalog.modules());
    for (TreatmentModule module : variants.modules()) {
      prepare(module);
    }
    for (TreatmentModule module : all) {
      prepare(module);
      modulesById.put(module.descriptor().id(), module);
    }
  }

  private void prepare(TreatmentModule module) {
    {
      Protocol protocol = module.protocol();
      rulesByProtocol.put(protocol, ScreeningRules.of(Baseline.standard(), protocol));
      refsByModule.put(module, refOf(module));
      for (Course course : protocol.courses()) {
        sourcesByCourse.put(course, labels(protocol, course));
      }
    }
  }

  /** Which module and protocol version made a plan, as the plan names it. */
  TreatmentRef ref(TreatmentModule module) {
    TreatmentRef ref = refsByModule.get(module);
    return ref != null ? ref : refOf(module);
  }

  private static TreatmentRef refOf(TreatmentModule module) {
    ModuleDescriptor descriptor = module.descriptor();
    if (module instanceof org.regimen.catalog.VariantModule variant) {
      org.regimen.protocol.Variant v = variant.variant();
      return org.regimen.plan.ImmutableTreatmentRef.copyOf(refOf(variant.base()))
          .withVariant(org.regimen.plan.VariantRef.of(v.id(), v.version(), v.digest()));
    }
    return TreatmentRef.of(
        descriptor.id(),
        descriptor.name(),
        descriptor.protocolVersion(),
        module.protocol().digest(),
        Baseline.standard().digest());
  }

  /** The installed module with this id (a past session's treatment), if any. */
  java.util.Optional<TreatmentModule> module(String id) {
    return java.util.Optional.ofNullable(modulesById.get(id));
  }

  ScreeningRules rules(Protocol protocol) {
    ScreeningRules rules = rulesByProtocol.get(protocol);
    // A module may hand back a protocol of its own making: work it out on the spot.
    return rules != null ? rules : ScreeningRules.of(Baseline.standard(), protocol);
  }

  List<String> sources(Protocol protocol, Course course) {
    List<String> labels = sourcesByCourse.get(course);
    // A module may hand back a course of its own making: work it out on the spot.
    return labels != null ? labels : labels(protocol, course);
  }

  private static List<String> labels(Protocol protocol, Course course) {
    Set<String> labels = new LinkedHashSet<>();
    for (ProtocolBases.Located located : ProtocolBases.bases(course)) {
      Basis basis = located.basis();
      if (!basis.isRegimenDefault()) {
        labels.add(SourceLabels.label(protocol, basis));
      }
    }
    return List.copyOf(new ArrayList<>(labels));
  }
}
