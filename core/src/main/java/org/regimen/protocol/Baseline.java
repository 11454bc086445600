package org.regimen.protocol;

/**
 * The screening rules every therapy gets (docs/design.md, "Baseline rules apply to every therapy"), read
 * once from {@code org/regimen/screening/baseline.json}. A protocol changes or drops one only through
 * a cited {@code baselineOverrides} entry. In this package, beside the loader that checks overrides
 * against it, so that the protocol format does not depend on the screening engine.
 *
 * @since 0.1.0
 */
public final class Baseline {
  static final String RESOURCE = "org/regimen/screening/baseline.json";

  private Baseline() {}

  /**
   * The standard baseline, loaded and validated once.
   *
   * @return the same shared instance on every call
   */
  public static RuleSet standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final RuleSet STANDARD = ProtocolLoader.loadRules(Baseline.class, RESOURCE);
  }
}
