package org.regimen.plan;

/** A visit that is not a treatment session. */
public enum VisitKind {
  CONSULTATION,
  LAB_TESTS,
  FOLLOW_UP
}
