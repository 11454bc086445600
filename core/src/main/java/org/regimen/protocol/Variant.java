package org.regimen.protocol;

import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * A clinic's own version of a therapy (docs/variants.md): a small document naming its base protocol
 * and only what it changes, each change with its evidence, read and checked against the base's
 * safety bounds by {@link VariantLoader}. {@link #protocol()} is the base with the changes applied:
 * planning uses it in place of the base when a request selects the variant.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Variant {
  /**
   * {@return the variant's id: lower case letters, digits and '-', unique among a catalog's
   * variants}
   */
  String id();

  /** {@return the variant's name for people} */
  String name();

  /** {@return the variant document's own {@code MAJOR.MINOR.PATCH}} */
  String version();

  /**
   * {@return SHA-256 of the variant document's canonical JSON, as for protocols
   * (docs/versioning.md)}
   */
  String digest();

  /** {@return the id of the treatment module (and protocol) this variant changes} */
  String baseProtocol();

  /**
   * {@return the base protocol with the variant's changes; its version and digest stay the base's}
   */
  @Value.Auxiliary
  Protocol protocol();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableVariant.Builder builder() {
    return ImmutableVariant.builder();
  }
}
