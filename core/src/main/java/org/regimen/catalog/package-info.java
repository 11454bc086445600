/**
 * The set of treatment modules found at run time. <b>Public API.</b>
 *
 * <p>{@link org.regimen.catalog.TreatmentCatalog} loads every {@link org.regimen.spi.TreatmentModule}
 * once with {@link java.util.ServiceLoader} and fails loudly ({@link
 * org.regimen.catalog.CatalogException}) when none is found, one cannot load, one was built for an
 * incompatible SPI version, two share an id, or Jackson is older than 2.16. {@link
 * org.regimen.catalog.ClinicVariants} and {@link org.regimen.catalog.VariantModule} apply a clinic's
 * variant documents. Most applications reach this package only through {@link
 * org.regimen.Regimen#load()}.
 *
 * @since 0.1.0
 */
package org.regimen.catalog;
