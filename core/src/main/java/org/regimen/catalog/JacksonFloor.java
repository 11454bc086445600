package org.regimen.catalog;

import com.fasterxml.jackson.core.Version;
import java.util.Optional;

/**
 * The oldest Jackson this core runs on, checked when the catalog loads. Older Jackson fails later and
 * far from the cause: 2.13 inside a treatment module's protocol reading (the blame falls on the
 * module), 2.15 at the first JSON call. Both jackson-core and jackson-databind are checked, because a
 * build can align one and not the other.
 */
final class JacksonFloor {
  /** Regimen default: the oldest line the build and tests were checked against (issue 11). */
  static final int MAJOR = 2;

  static final int MINOR = 16;

  private JacksonFloor() {}

  /**
   * @throws CatalogException naming the required and the found version when either jar is too old
   */
  static void require() {
    check("jackson-core", com.fasterxml.jackson.core.json.PackageVersion.VERSION)
        .or(() -> check("jackson-databind", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION))
        .ifPresent(
            message -> {
              throw new CatalogException(message);
            });
  }

  /** Why {@code found} of {@code artifact} is too old for this core; empty if it is recent enough. */
  static Optional<String> check(String artifact, Version found) {
    boolean tooOld =
        found.getMajorVersion() < MAJOR
            || (found.getMajorVersion() == MAJOR && found.getMinorVersion() < MINOR);
    if (!tooOld) {
      return Optional.empty();
    }
    return Optional.of(
        "regimen-core requires Jackson "
            + MAJOR
            + "."
            + MINOR
            + " or newer, but found "
            + artifact
            + " "
            + found.toString()
            + ": align every com.fasterxml.jackson artifact to "
            + MAJOR
            + "."
            + MINOR
            + "+ (import jackson-bom)");
  }
}
