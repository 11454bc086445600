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
  List<Source> sources();

  List<ScreeningRule> rules();

  /**
   * {@return SHA-256 of the document's canonical JSON as it was loaded, as {@link Protocol#digest()}; for
   * the baseline, named in every plan as {@code treatment.baselineDigest}}
   */
  String digest();

  default Optional<Source> source(String id) {
    return sources().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  static ImmutableRuleSet.Builder builder() {
    return ImmutableRuleSet.builder();
  }
}
