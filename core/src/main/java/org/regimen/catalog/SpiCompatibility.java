package org.regimen.catalog;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regimen.spi.SpiVersion;

/**
 * Whether a module built for one SPI version can run on this core, as SLF4J checks its providers: the
 * major versions must match, and the module must not be built for a newer minor version than the
 * core implements (it may call a method this core does not have).
 */
final class SpiCompatibility {
  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");

  private SpiCompatibility() {}

  /** Why a module declaring {@code declared} cannot run on a core implementing {@code supported}. */
  static Optional<String> problem(String declared, String supported) {
    Matcher module = VERSION.matcher(declared == null ? "" : declared);
    Matcher core = VERSION.matcher(supported);
    if (!core.matches()) {
      throw new IllegalArgumentException("supported: must be MAJOR.MINOR");
    }
    if (!module.matches()) {
      return Optional.of(
          "declares SPI version '" + declared + "', which is not MAJOR.MINOR; this core supports SPI "
              + supported);
    }
    int moduleMajor = Integer.parseInt(module.group(1));
    int coreMajor = Integer.parseInt(core.group(1));
    if (moduleMajor != coreMajor) {
      return Optional.of(
          "was built for SPI version " + declared + "; this core supports SPI version " + supported
              + " (" + coreMajor + ".x): use a module built for " + coreMajor + ".x or a core for "
              + moduleMajor + ".x");
    }
    if (Integer.parseInt(module.group(2)) > Integer.parseInt(core.group(2))) {
      return Optional.of(
          "was built for SPI version " + declared + ", newer than this core's SPI version "
              + supported + ": upgrade regimen-core");
    }
    return Optional.empty();
  }

  static Optional<String> problem(String declared) {
    return problem(declared, SpiVersion.CURRENT);
  }
}
