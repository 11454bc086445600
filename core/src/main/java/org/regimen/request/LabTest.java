package org.regimen.request;

import java.util.EnumSet;
import java.util.Set;

/**
 * A laboratory test a protocol may require before session 1. Each test takes only the outcomes that
 * make sense for it (contract.md, "Additions"): an infection marker is negative, positive or
 * indeterminate, never "normal"; a blood panel is normal or abnormal, never "positive".
 */
public enum LabTest {
  HIV(Kind.INFECTION_MARKER),
  HEPATITIS(Kind.INFECTION_MARKER),
  HEPATITIS_B(Kind.INFECTION_MARKER),
  HEPATITIS_C(Kind.INFECTION_MARKER),
  SYPHILIS(Kind.INFECTION_MARKER),
  BLOOD_COUNT(Kind.PANEL),
  BLOOD_BIOCHEMISTRY(Kind.PANEL);

  /** What a test measures, which decides the outcomes it may have. */
  public enum Kind {
    /** A test for an infection: NEGATIVE, POSITIVE or INDETERMINATE. */
    INFECTION_MARKER(EnumSet.of(LabOutcome.NEGATIVE, LabOutcome.POSITIVE, LabOutcome.INDETERMINATE)),
    /** A panel of blood values read as a whole: NORMAL or ABNORMAL. */
    PANEL(EnumSet.of(LabOutcome.NORMAL, LabOutcome.ABNORMAL));

    private final Set<LabOutcome> outcomes;

    Kind(Set<LabOutcome> outcomes) {
      this.outcomes = outcomes;
    }
  }

  private final Kind kind;

  LabTest(Kind kind) {
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  /** The outcomes this test may have, in declaration order. */
  public Set<LabOutcome> outcomes() {
    return EnumSet.copyOf(kind.outcomes);
  }

  public boolean allows(LabOutcome outcome) {
    return kind.outcomes.contains(outcome);
  }
}
