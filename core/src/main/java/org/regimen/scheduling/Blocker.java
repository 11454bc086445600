package org.regimen.scheduling;

import org.regimen.plan.AdjustmentReason;
import org.regimen.plan.ConstraintKind;

/**
 * Why a day cannot take a session, in order of precedence: when several apply to one day, the
 * first one listed is the one reported. Texts never carry patient data (no dates, no event names).
 */
enum Blocker {
  CLOSED_WEEKDAY(
      AdjustmentReason.CLOSED_WEEKDAY,
      ConstraintKind.CLOSED_WEEKDAY,
      "the clinic is closed on that day of the week",
      "the clinic is closed on those days of the week"),
  CLOSED_DATE(
      AdjustmentReason.CLOSED_DATE,
      ConstraintKind.CLOSED_DATE,
      "the clinic is closed on that date",
      "the clinic is closed on those dates"),
  PATIENT_UNAVAILABLE(
      AdjustmentReason.PATIENT_UNAVAILABLE,
      ConstraintKind.PATIENT_UNAVAILABLE,
      "the patient is unavailable on that date",
      "the patient is unavailable on those dates"),
  ABSENCE_HEALING(
      AdjustmentReason.PATIENT_UNAVAILABLE,
      ConstraintKind.PATIENT_UNAVAILABLE,
      "the healing after the session would fall while the patient is away, where no one could check it",
      "the healing after a session there would fall while the patient is away"),
  MENSTRUATION(
      AdjustmentReason.MENSTRUATION,
      ConstraintKind.MENSTRUATION,
      "that date is a predicted period day (a prediction: confirm on the day)",
      "those dates are predicted period days"),
  EVENT(
      AdjustmentReason.EVENT,
      ConstraintKind.EVENT,
      "the session, its visible healing or an instruction that conflicts with the event would fall on one of the patient's events",
      "a session there, its visible healing or an instruction that conflicts with the event would fall on the patient's events"),
  OTHER_TREATMENT(
      AdjustmentReason.OTHER_TREATMENT,
      ConstraintKind.OTHER_TREATMENT,
      "another treatment of the combined plan has a session or a no-procedure window there",
      "another treatment of the combined plan holds those days");

  /** Shared so the hot path never copies {@code values()}. */
  static final Blocker[] ALL = values();

  final AdjustmentReason adjustmentReason;
  final ConstraintKind constraintKind;
  /** Why one moved session could not take its day. */
  final String explanation;
  /** Why most of the days searched for an impossible session were refused. */
  final String conflictExplanation;

  Blocker(
      AdjustmentReason adjustmentReason,
      ConstraintKind constraintKind,
      String explanation,
      String conflictExplanation) {
    this.adjustmentReason = adjustmentReason;
    this.constraintKind = constraintKind;
    this.explanation = explanation;
    this.conflictExplanation = conflictExplanation;
  }
}
