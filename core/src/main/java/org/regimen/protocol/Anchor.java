package org.regimen.protocol;

/**
 * Which session a dated window is counted from.
 *
 * @since 0.1.0
 */
public enum Anchor {
  FIRST_SESSION,
  LAST_SESSION,
  EACH_SESSION,
  /** A result window from the date of one session number to another's ("after 3 to 6 sessions"). */
  SESSIONS
}
