package org.regimen.planning;

import java.util.Optional;
import org.regimen.protocol.Basis;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.Source;

/** Turns a basis' source id into the label a plan shows: the file name or the citation. */
final class SourceLabels {
  private SourceLabels() {}

  static String label(Protocol protocol, Basis basis) {
    if (basis.isRegimenDefault()) {
      return Basis.REGIMEN_DEFAULT;
    }
    Optional<Source> source = protocol.source(basis.source());
    // The loader has checked every source id is declared; the fallback keeps plans total.
    return source.map(Source::label).orElse(basis.source());
  }
}
