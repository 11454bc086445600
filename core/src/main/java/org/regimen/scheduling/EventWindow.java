package org.regimen.scheduling;

import org.regimen.request.EventKind;

/**
 * Days around a session, relative to the session day, that must not meet an event of {@code kind}:
 * from {@code fromOffset} to {@code toOffset} days after the session (negative: before it), both
 * included. A preparation of three days before a session is {@code -3..-1}; a week of aftercare
 * {@code 0..6}.
 */
public record EventWindow(EventKind kind, int fromOffset, int toOffset) {
  public EventWindow {
    if (toOffset < fromOffset) {
      throw new IllegalArgumentException("toOffset: must be at least fromOffset");
    }
  }
}
