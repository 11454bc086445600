package org.regimen.catalog;

/** The treatment modules on the class path cannot be loaded: a broken module or a duplicate id. */
public final class CatalogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }

  public CatalogException(String message) {
    super(message);
  }
}
