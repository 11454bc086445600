package org.regimen.plan;

/**
 * A visit that is not a treatment session.
 *
 * @since 0.1.0
 */
public enum VisitKind {
  /** A consultation before the course. */
  CONSULTATION,
  /** A visit to take laboratory tests. */
  LAB_TESTS,
  /** A follow-up visit after sessions. */
  FOLLOW_UP
}
