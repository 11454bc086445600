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
  @Value.Parameter
  @Value.Redacted
  String id();

  @Value.Parameter
  @Value.Redacted
  String version();

  /** {@return SHA-256 of the variant document's canonical JSON, as for protocols} */
  @Value.Parameter
  @Value.Redacted
  String digest();

  static VariantRef of(String id, String version, String digest) {
    return ImmutableVariantRef.of(id, version, digest);
  }
}
