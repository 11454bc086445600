package org.regimen.planning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.plan.Alternative;
import org.regimen.protocol.AlternativeSpec;
import org.regimen.protocol.Protocol;
import org.regimen.request.Indication;
import org.regimen.spi.TreatmentModule;

/**
 * The reference alternatives of a comparison: every installed protocol's {@code alternatives} for
 * the indication, in module id order and then the protocol's order. The same alternative quoted from
 * two sources appears twice, each with its own source: Regimen does not merge two sources' words.
 */
final class ComparisonAlternatives {
  private ComparisonAlternatives() {}

  static List<Alternative> of(TreatmentCatalog catalog, Indication indication) {
    Set<Alternative> alternatives = new LinkedHashSet<>();
    for (TreatmentModule module : catalog.modules()) {
      Protocol protocol = module.protocol();
      for (AlternativeSpec spec : protocol.alternatives()) {
        if (spec.indications().contains(indication)) {
          alternatives.add(
              Alternative.builder()
                  .name(spec.name())
                  .summary(spec.summary())
                  .source(SourceLabels.label(protocol, spec.basis()))
                  .sourceWords(spec.basis().words())
                  .build());
        }
      }
    }
    return new ArrayList<>(alternatives);
  }
}
