package org.regimen.protocol;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * A document of screening rules with their sources: the core's baseline is one.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface RuleSet {
  /** {@return the sources the rules cite} */
  List<Source> sources();

  /** {@return the screening rules} */
  List<ScreeningRule> rules();

  /**
   * {@return SHA-256 of the document's canonical JSON as it was loaded, as {@link
   * Protocol#digest()}; for the baseline, named in every plan as {@code treatment.baselineDigest}}
   */
  String digest();

  /**
   * {@return the source declared with {@code id}; empty when none is}
   *
   * @param id a source id, as a basis names it
   */
  default Optional<Source> source(String id) {
    return sources().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableRuleSet.Builder builder() {
    return ImmutableRuleSet.builder();
  }
}
