package org.regimen.protocol;

/**
 * Which session a dated window is counted from.
 *
 * @since 0.1.0
 */
public enum Anchor {
  /** Counted from the first session. */
  FIRST_SESSION,
  /** Counted from the last session. */
  LAST_SESSION,
  /** Repeated for each session. */
  EACH_SESSION,
  /** A result window from the date of one session number to another's ("after 3 to 6 sessions"). */
  SESSIONS
}
