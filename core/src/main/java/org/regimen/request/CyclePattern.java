package org.regimen.request;

/**
 * What a patient's menstrual cycle allows to predict (contract.md, "Additions"): {@code REGULAR}
 * (the default when {@code lastStart} is given) predicts period days from the cycle data; {@code
 * IRREGULAR} predicts nothing, so each session is confirmed on the day; {@code NONE} (menopause,
 * hysterectomy, continuous contraception) leaves nothing to predict or confirm.
 *
 * @since 0.1.0
 */
public enum CyclePattern {
  REGULAR,
  IRREGULAR,
  NONE
}
