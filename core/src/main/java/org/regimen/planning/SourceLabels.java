package org.regimen.planning;

import org.regimen.protocol.Basis;
import org.regimen.protocol.Protocol;

/** Turns a basis' source id into the label a plan shows: the file name or the citation. */
final class SourceLabels {
  private SourceLabels() {}

  static String label(Protocol protocol, Basis basis) {
    return basis.label(protocol::source);
  }
}
