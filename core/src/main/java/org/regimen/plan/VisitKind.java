package org.regimen.plan;

/**
 * A visit that is not a treatment session.
 *
 * @since 0.1.0
 */
public enum VisitKind {
  CONSULTATION,
  LAB_TESTS,
  FOLLOW_UP
}
