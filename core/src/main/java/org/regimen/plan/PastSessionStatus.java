package org.regimen.plan;

/**
 * How a plan judged one past session against its protocol.
 *
 * @since 0.1.0
 */
public enum PastSessionStatus {
  /** A session of this course: it counts towards the course's sessions. */
  COUNTED,
  /** Inside the protocol's minimum interval after the previous counted session: not counted. */
  TOO_SOON,
  /** Counted, after a break longer than the protocol's restart or reassessment rule allows. */
  AFTER_LONG_BREAK,
  /** Another treatment, or areas this course does not treat: not counted. */
  NOT_IN_COURSE
}
