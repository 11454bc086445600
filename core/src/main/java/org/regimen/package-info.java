/**
 * The entry point. <b>Public API.</b>
 *
 * <p>{@link org.regimen.Regimen} is what an application holds: {@link org.regimen.Regimen#load()}
 * (or {@link org.regimen.Regimen#builder()} for a class loader, a catalog or a clinic's variants)
 * finds the treatment modules once; {@link org.regimen.Regimen#plan} screens a patient and plans one
 * treatment or a combination, {@link org.regimen.Regimen#compare} compares every treatment for the
 * indication. Every bad input is a {@link org.regimen.error.RegimenException} (package {@link
 * org.regimen.error}).
 *
 * <p>This package sits at the top of core's package graph: it reaches the engines, and nothing
 * below it reaches back (core's packages form no cycle; {@code PackageGraphTest} checks it).
 *
 * @since 0.1.0
 */
package org.regimen;
