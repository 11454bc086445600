package org.regimen.ical;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Stable event UIDs: a name-based UUID of the request id (or, without one, the plan's {@code asOf}
 * day), the treatment and the event's place in the plan. Exporting the same plan again gives the same
 * UIDs, so a calendar updates its events instead of adding copies; the UID carries no patient data and
 * does not show the request id in clear.
 */
final class EventUids {
  static final String DOMAIN = "@regimen.org";

  private final String planKey;

  EventUids(String planKey) {
    this.planKey = planKey;
  }

  String session(String treatment, int number) {
    return uid("session", treatment, number);
  }

  String visit(String treatment, int index) {
    return uid("visit", treatment, index);
  }

  String note(String treatment) {
    return uid("note", treatment, 1);
  }

  private String uid(String kind, String treatment, int number) {
    String name = String.join("|", "regimen", planKey, treatment, kind, Integer.toString(number));
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)) + DOMAIN;
  }
}
