package org.regimen.fhir;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Bundle entry URLs ({@code urn:uuid:}) that are a function of the plan's key and the entry's place:
 * the same plan gives the same Bundle, and a receiving server can recognise a re-sent plan. The key
 * is the request id (or, without one, {@code asOf}); the name-based UUID does not show it in clear.
 */
final class FullUrls {
  private final String planKey;

  FullUrls(String planKey) {
    this.planKey = planKey;
  }

  String of(String resourceType, String... place) {
    String name = "regimen|" + planKey + "|" + resourceType + "|" + String.join("|", place);
    return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }
}
