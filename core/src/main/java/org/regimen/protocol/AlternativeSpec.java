package org.regimen.protocol;

import java.util.Set;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;
import org.regimen.request.Indication;

/**
 * A treatment a source compares its own therapy with (topical creams, lasers, surgery ...), carried
 * as reference text for a comparison. Regimen never plans an alternative: it has no protocol.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface AlternativeSpec {
  /** {@return the alternative's name, e.g. a laser treatment} */
  String name();

  /**
   * {@return Regimen's one-line summary of what the source says; the source's own words are in the
   * basis}
   */
  String summary();

  /** {@return the indications the source compares it for} */
  Set<Indication> indications();

  /** {@return the source that names the alternative and its words} */
  Basis basis();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableAlternativeSpec.Builder builder() {
    return ImmutableAlternativeSpec.builder();
  }
}
