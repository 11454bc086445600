package org.regimen.plan;

import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * The clinic's variant that changed a plan's protocol: its id, version and document digest.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface VariantRef {
  /** {@return the variant's id} */
  @Value.Parameter
  @Value.Redacted
  String id();

  /** {@return the variant document's own version, {@code MAJOR.MINOR.PATCH}} */
  @Value.Parameter
  @Value.Redacted
  String version();

  /** {@return SHA-256 of the variant document's canonical JSON, as for protocols} */
  @Value.Parameter
  @Value.Redacted
  String digest();

  /**
   * {@return a reference to a variant}
   *
   * @param id the variant's id
   * @param version its version
   * @param digest SHA-256 of its canonical JSON, 64 lower-case hex digits
   */
  static VariantRef of(String id, String version, String digest) {
    return ImmutableVariantRef.of(id, version, digest);
  }
}
