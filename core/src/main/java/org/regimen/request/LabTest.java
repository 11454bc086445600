package org.regimen.request;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A laboratory test a protocol may require before session 1, or whose result on file a rule reads.
 * Each test takes only the outcomes that make sense for it: an infection
 * marker is negative, positive or indeterminate, never "normal"; a blood panel is normal or
 * abnormal, never "positive"; a measured test (a platelet count) has a value in its one unit and no
 * outcome at all, since a protocol's thresholds judge the value.
 *
 * @since 0.1.0
 */
public enum LabTest {
  /** HIV antibody or antigen test; an infection marker. */
  HIV(Kind.MARKER, null, 0, 0),
  /** Hepatitis test where the virus is not named; an infection marker. */
  HEPATITIS(Kind.MARKER, null, 0, 0),
  /** Hepatitis B test; an infection marker. */
  HEPATITIS_B(Kind.MARKER, null, 0, 0),
  /** Hepatitis C test; an infection marker. */
  HEPATITIS_C(Kind.MARKER, null, 0, 0),
  /** Syphilis test; an infection marker. */
  SYPHILIS(Kind.MARKER, null, 0, 0),
  /** Complete blood count; a panel, normal or abnormal. */
  BLOOD_COUNT(Kind.PANEL, null, 0, 0),
  /** Blood biochemistry; a panel, normal or abnormal. */
  BLOOD_BIOCHEMISTRY(Kind.PANEL, null, 0, 0),
  /** Platelets per litre of blood, in 10^9/L (normal about 150 to 450). */
  PLATELET_COUNT(Kind.MEASURED, "10^9/L", 0, 5000),
  /** Haemoglobin concentration, in g/dL (normal about 12 to 17). */
  HAEMOGLOBIN(Kind.MEASURED, "g/dL", 0, 30),
  /** Glycated haemoglobin, in % (NGSP/DCCT units; below 5.7 normal). */
  HBA1C(Kind.MEASURED, "%", 0, 25);

  private static final Set<LabOutcome> MARKER_OUTCOMES =
      EnumSet.of(LabOutcome.NEGATIVE, LabOutcome.POSITIVE, LabOutcome.INDETERMINATE);
  private static final Set<LabOutcome> PANEL_OUTCOMES = EnumSet.of(LabOutcome.NORMAL, LabOutcome.ABNORMAL);

  /**
   * The kind of test, as numbers rather than a nested enum: every enum of the request model is a
   * contract list in the schema, and this is no field of the request.
   */
  private static final class Kind {
    static final int MARKER = 0;
    static final int PANEL = 1;
    static final int MEASURED = 2;
  }

  private final int kind;
  private final String unit;
  private final BigDecimal min;
  private final BigDecimal max;

  LabTest(int kind, String unit, int min, int max) {
    this.kind = kind;
    this.unit = unit;
    this.min = BigDecimal.valueOf(min);
    this.max = BigDecimal.valueOf(max);
  }

  /** {@return true for a test for an infection (NEGATIVE, POSITIVE or INDETERMINATE)} */
  public boolean isInfectionMarker() {
    return kind == Kind.MARKER;
  }

  /** {@return true for a test with a measured value and unit instead of an outcome} */
  public boolean isMeasured() {
    return kind == Kind.MEASURED;
  }

  /**
   * {@return the one unit a measured test's value is given in (e.g. {@code 10^9/L}); empty for
   * others}
   */
  public Optional<String> unit() {
    return Optional.ofNullable(unit);
  }

  /**
   * {@return true when {@code value} is a value this measured test can have (not negative, not
   * absurd)}
   *
   * @param value a value in the test's unit
   */
  public boolean plausible(BigDecimal value) {
    return isMeasured() && value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
  }

  /** {@return the smallest and largest value a measured test accepts, e.g. {@code 0 to 5000}} */
  public String plausibleRange() {
    return min.toPlainString() + " to " + max.toPlainString();
  }

  /**
   * {@return the outcomes this test may have, in declaration order; the first is the clean one. A
   * measured test has none}
   */
  public Set<LabOutcome> outcomes() {
    if (kind == Kind.MEASURED) {
      return EnumSet.noneOf(LabOutcome.class);
    }
    return EnumSet.copyOf(kind == Kind.MARKER ? MARKER_OUTCOMES : PANEL_OUTCOMES);
  }

  /**
   * {@return true when {@code outcome} is one this test can have (never for a measured test)}
   *
   * @param outcome the outcome to check
   */
  public boolean allows(LabOutcome outcome) {
    if (kind == Kind.MEASURED) {
      return false;
    }
    return (kind == Kind.MARKER ? MARKER_OUTCOMES : PANEL_OUTCOMES).contains(outcome);
  }
}
