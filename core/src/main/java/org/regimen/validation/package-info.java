/**
 * The request's cross-field checks. <b>Internal:</b> not exported from the {@code
 * org.regimen.core} module; may change in any release. Use {@link org.regimen.Regimen#plan} or
 * {@link org.regimen.json.RegimenJson}, which run them once and throw {@link
 * org.regimen.error.InvalidRequestException} with every problem found.
 *
 * <p>{@link org.regimen.validation.RequestValidator} checks what the value types alone cannot: dates
 * against {@code asOf} and the planning window, the patient's recorded facts, the intake, a course
 * in progress and the parts of a combination, each problem at its JSON path.
 */
package org.regimen.validation;
