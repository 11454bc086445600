package org.regimen.protocol;

import java.util.List;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * A protocol's verdict that some recorded facts do not concern this therapy, with the reason: a
 * source's words, or a Regimen default and why. {@code kinds} declares every otherwise unjudged
 * fact of a kind at once: meant for test protocols only, since a value added later to such a kind
 * would get the verdict without anyone deciding it (the module contract test refuses it in a
 * therapy).
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface NotRelevant {
  /** {@return the facts declared not relevant one by one} */
  List<Fact> facts();

  /** {@return the kinds declared not relevant as a whole, for facts no rule judges} */
  List<FactKind> kinds();

  /** {@return why the facts do not matter for this therapy, with the source} */
  Basis basis();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableNotRelevant.Builder builder() {
    return ImmutableNotRelevant.builder();
  }
}
