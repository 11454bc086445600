package org.regimen.plan;

import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * A treatment a source compares the installed therapies with (for example surgery), shown in a
 * comparison as reference text. Not planned by Regimen: no eligibility, no sessions, no dates.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Alternative {
  /** {@return the alternative's name, e.g. a laser treatment} */
  @Value.Redacted
  String name();

  /** {@return a one-line summary; the source's own words are in {@link #sourceWords()}} */
  @Value.Redacted
  String summary();

  /** {@return the source document or publication, as plans name sources} */
  @Value.Redacted
  String source();

  /** {@return the source's exact words} */
  @Value.Redacted
  String sourceWords();

  /** {@return always false: Regimen has no protocol for an alternative and never plans one} */
  @Value.Derived
  default boolean planned() {
    return false;
  }

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableAlternative.Builder builder() {
    return ImmutableAlternative.builder();
  }
}
