package org.regimen.protocol;

/** Which session a dated window is counted from. */
public enum Anchor {
  FIRST_SESSION,
  LAST_SESSION,
  EACH_SESSION
}
