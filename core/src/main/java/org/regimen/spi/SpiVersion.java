package org.regimen.spi;

/**
 * The version of the treatment-module SPI ({@link TreatmentModule} and the types it uses), as
 * {@code MAJOR.MINOR}. A module declares the version it was compiled against by returning {@link
 * #CURRENT} from {@link TreatmentModule#spiVersion()}; as a compile-time constant it is copied into
 * the module's class file, so the module keeps naming the version it was built for whatever core it
 * later runs on.
 *
 * <p>The core refuses a module built for another major version, or for a newer minor version than
 * its own (the module may call what this core lacks), when the catalog loads: see {@code
 * docs/versioning.md}.
 *
 * @since 0.1.0
 */
public final class SpiVersion {
  /** The SPI version this core implements. */
  public static final String CURRENT = "1.0";

  /**
   * What a module that declares nothing was built for: the SPI before modules declared a version,
   * which is 1.0.
   */
  public static final String UNDECLARED = "1.0";

  private SpiVersion() {}
}
