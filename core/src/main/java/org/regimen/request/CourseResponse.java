package org.regimen.request;

/**
 * How the skin has responded to the sessions so far, as the practitioner judged it.
 *
 * @since 0.1.0
 */
public enum CourseResponse {
  /** The expected improvement: keep the plan. */
  GOOD,
  /** Some improvement, less than expected: more sessions where the protocol allows them. */
  PARTIAL,
  /** No visible improvement: the course is reassessed before it continues. */
  NONE
}
