/**
 * The entry point and the error model. <b>Public API.</b>
 *
 * <p>{@link org.regimen.Regimen} is what an application holds: {@link org.regimen.Regimen#load()}
 * (or {@link org.regimen.Regimen#builder()} for a class loader, a catalog or a clinic's variants)
 * finds the treatment modules once; {@link org.regimen.Regimen#plan} screens a patient and plans one
 * treatment or a combination, {@link org.regimen.Regimen#compare} compares every treatment for the
 * indication. Every bad input is a {@link org.regimen.RegimenException} carrying every {@link
 * org.regimen.Problem} found (a path and the rule it breaks, never a value); {@link
 * org.regimen.InvalidRequestException} is the one for a request. {@link
 * org.regimen.RequestValidator} is the request's cross-field check that {@code plan} and the JSON
 * reader both run, and {@link org.regimen.RegimenStyle} is the Immutables style of every value type.
 *
 * @since 0.1.0
 */
package org.regimen;
