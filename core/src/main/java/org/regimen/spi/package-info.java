/**
 * The service-provider interface a therapy implements. <b>Public API</b> for module authors
 * (docs/writing-a-module.md); applications do not call it.
 *
 * <p>A module implements {@link org.regimen.spi.TreatmentModule}, registers it in {@code
 * META-INF/services/org.regimen.spi.TreatmentModule}, and declares the {@link
 * org.regimen.spi.SpiVersion} it was built against; {@link org.regimen.spi.ModuleDescriptor} is what
 * it offers. Almost everything a module knows is its protocol document ({@link org.regimen.protocol}).
 *
 * @since 0.1.0
 */
package org.regimen.spi;
