package org.regimen.catalog;

import java.util.List;
import org.regimen.error.Problem;
import org.regimen.error.RegimenException;

/**
 * The treatment modules found at run time cannot be used: none was found, one is broken, two share
 * an id, or one was built for an incompatible SPI version. The message names the module (its class
 * and jar) or where the search looked.
 *
 * @since 0.1.0
 */
public final class CatalogException extends RegimenException {
  private static final long serialVersionUID = 1L;

  /** The path of a problem that concerns the catalog as a whole rather than one module. */
  public static final String CATALOG = "(catalog)";

  /**
   * A failure of the catalog as a whole, with the problem path {@value #CATALOG}.
   *
   * @param message what is wrong, naming the module and its location
   * @param cause the failure that revealed it, or {@code null}
   */
  public CatalogException(String message, Throwable cause) {
    super(message, List.of(Problem.of(CATALOG, message)), cause);
  }

  /**
   * As {@link #CatalogException(String, Throwable)}, without a cause.
   *
   * @param message what is wrong, naming the module and its location
   */
  public CatalogException(String message) {
    this(message, (Throwable) null);
  }

  /**
   * A failure concerning {@code where}: a module's class name, or the service file searched.
   *
   * @param where the module or file concerned; the problem's path
   * @param message what is wrong, naming the module and its location
   * @param cause the failure that revealed it, or {@code null}
   */
  public CatalogException(String where, String message, Throwable cause) {
    super(message, List.of(Problem.of(where, message)), cause);
  }
}
