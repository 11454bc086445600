package org.regimen.plan;

import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * Which treatment module and which protocol content made a plan: the protocol's version as its
 * author states it, and digests of the documents as loaded, which change whenever their content
 * does (docs/versioning.md).
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface TreatmentRef {
  /** {@return the module id, e.g. {@code prp}} */
  @Value.Parameter
  @Value.Redacted
  String id();

  /** {@return the treatment's name for people, e.g. "Platelet-rich plasma injections"} */
  @Value.Parameter
  @Value.Redacted
  String name();

  /** {@return the protocol document's {@code version}, {@code MAJOR.MINOR.PATCH}} */
  @Value.Parameter
  @Value.Redacted
  String protocolVersion();

  /**
   * {@return SHA-256 of the protocol document's canonical JSON as loaded, 64 lower-case hex digits}
   */
  @Value.Parameter
  @Value.Redacted
  String protocolDigest();

  /**
   * {@return SHA-256 of the core's baseline screening rules as loaded, which every protocol builds
   * on; it changes with the {@code library} that carries them}
   */
  @Value.Parameter
  @Value.Redacted
  String baselineDigest();

  /**
   * {@return the clinic's variant of the protocol that made the plan, if one did
   * (docs/variants.md)}
   */
  @Value.Redacted
  java.util.Optional<VariantRef> variant();

  /**
   * {@return in a combined plan, the indication this treatment is planned for (each treatment of a
   * combination may treat its own); absent in a single-treatment plan, whose indication is the
   * plan's}
   */
  @Value.Redacted
  java.util.Optional<org.regimen.request.Indication> indication();

  /**
   * {@return in a combined plan, the areas this treatment was asked to treat, in the request's
   * order; empty in a single-treatment plan. The sessions say which of them are planned}
   */
  @Value.Redacted
  java.util.List<org.regimen.request.BodyArea> areas();

  /**
   * {@return a reference to a single treatment, without variant, indication or areas}
   *
   * @param id the module id
   * @param name the treatment's name
   * @param protocolVersion the protocol document's version
   * @param protocolDigest SHA-256 of the protocol document, 64 lower-case hex digits
   * @param baselineDigest SHA-256 of the baseline rules, 64 lower-case hex digits
   */
  static TreatmentRef of(
      String id, String name, String protocolVersion, String protocolDigest, String baselineDigest) {
    return ImmutableTreatmentRef.of(id, name, protocolVersion, protocolDigest, baselineDigest);
  }
}
