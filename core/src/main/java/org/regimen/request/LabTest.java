package org.regimen.request;

import java.util.EnumSet;
import java.util.Set;

/**
 * A laboratory test a protocol may require before session 1. Each test takes only the outcomes that
 * make sense for it (contract.md, "Additions"): an infection marker is negative, positive or
 * indeterminate, never "normal"; a blood panel is normal or abnormal, never "positive".
 *
 * @since 0.1.0
 */
public enum LabTest {
  HIV(true),
  HEPATITIS(true),
  HEPATITIS_B(true),
  HEPATITIS_C(true),
  SYPHILIS(true),
  BLOOD_COUNT(false),
  BLOOD_BIOCHEMISTRY(false);

  private static final Set<LabOutcome> MARKER_OUTCOMES =
      EnumSet.of(LabOutcome.NEGATIVE, LabOutcome.POSITIVE, LabOutcome.INDETERMINATE);
  private static final Set<LabOutcome> PANEL_OUTCOMES = EnumSet.of(LabOutcome.NORMAL, LabOutcome.ABNORMAL);

  private final boolean infectionMarker;

  LabTest(boolean infectionMarker) {
    this.infectionMarker = infectionMarker;
  }

  /** True for a test for an infection (NEGATIVE, POSITIVE or INDETERMINATE); false for a panel. */
  public boolean isInfectionMarker() {
    return infectionMarker;
  }

  /** The outcomes this test may have, in declaration order; the first is the clean one. */
  public Set<LabOutcome> outcomes() {
    return EnumSet.copyOf(infectionMarker ? MARKER_OUTCOMES : PANEL_OUTCOMES);
  }

  public boolean allows(LabOutcome outcome) {
    return (infectionMarker ? MARKER_OUTCOMES : PANEL_OUTCOMES).contains(outcome);
  }
}
