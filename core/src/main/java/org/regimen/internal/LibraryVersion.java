package org.regimen.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Reads the library's version once from the resource the build filters (core's pom.xml). Not API:
 * {@code Regimen.version()} is; it lives here so that a plan can name its library without the plan
 * model depending on the facade.
 */
public final class LibraryVersion {
  static final String RESOURCE = "org/regimen/regimen.properties";

  /** The version, e.g. {@code 0.1.0}. */
  public static final String VERSION = read();

  private LibraryVersion() {}

  private static String read() {
    // Class.getResourceAsStream, so the resource is found inside core's own named module too.
    try (InputStream in = LibraryVersion.class.getResourceAsStream("/" + RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from regimen-core: a broken build");
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "");
      if (version.isBlank() || version.startsWith("${")) {
        throw new IllegalStateException(RESOURCE + " has no version: it was not filtered by the build");
      }
      return version.strip();
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
  }
}
