package org.regimen.request;

/**
 * What a patient's menstrual cycle allows to predict: {@code REGULAR}
 * (the default when {@code lastStart} is given) predicts period days from the cycle data; {@code
 * IRREGULAR} predicts nothing, so each session is confirmed on the day; {@code NONE} (menopause,
 * hysterectomy, continuous contraception) leaves nothing to predict or confirm.
 *
 * @since 0.1.0
 */
public enum CyclePattern {
  /** A regular cycle: periods are predicted from its last start, cycle length and period length. */
  REGULAR,
  /**
   * An irregular cycle: nothing is predicted; a protocol that avoids periods confirms on the day.
   */
  IRREGULAR,
  /**
   * No cycle (menopause, hysterectomy, continuous contraception): nothing to predict or confirm.
   */
  NONE
}
