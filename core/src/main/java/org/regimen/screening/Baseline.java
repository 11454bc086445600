package org.regimen.screening;

import org.regimen.protocol.ProtocolLoader;
import org.regimen.protocol.RuleSet;

/**
 * The screening rules every therapy gets (docs/design.md, "Baseline rules apply to every therapy"), read
 * once from {@code org/regimen/screening/baseline.json}. A protocol changes or drops one only through
 * a cited {@code baselineOverrides} entry.
 */
public final class Baseline {
  static final String RESOURCE = "org/regimen/screening/baseline.json";

  private Baseline() {}

  /** The standard baseline, loaded and validated once; the same shared instance on every call. */
  public static RuleSet standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final RuleSet STANDARD = ProtocolLoader.loadRules(Baseline.class, RESOURCE);
  }
}
