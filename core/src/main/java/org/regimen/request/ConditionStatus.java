package org.regimen.request;

/**
 * The status of a recorded condition. A condition recorded without one is judged as {@link
 * #ACTIVE}, the status no rule may treat more mildly than another (design.md, "Unknown is never
 * 'no'").
 *
 * @since 0.1.0
 */
public enum ConditionStatus {
  /** Present and not under control (an infection now, a cancer under treatment, a flare). */
  ACTIVE,
  /** Present and kept in its target range by treatment (e.g. diabetes at its glucose target). */
  CONTROLLED,
  /** No sign of the disease now, under follow-up (a cancer in remission, a quiet lupus). */
  IN_REMISSION,
  /** Over: history, judged only by rules that name it (e.g. a cancer years ago). */
  RESOLVED
}
