/**
 * The one error model for every bad input. <b>Public API.</b>
 *
 * <p>A request, a protocol document, a clinic variant or the catalog of treatment modules that
 * cannot be used is a {@link org.regimen.error.RegimenException} carrying every {@link
 * org.regimen.error.Problem} found: a path and the rule it breaks, never a value, so that no patient
 * data reaches a message or a log. {@link org.regimen.error.InvalidRequestException} is the one for a
 * request; {@link org.regimen.error.RequestIdRule} decides which request ids may be echoed; {@link
 * org.regimen.error.ProblemLimit} bounds how many problems one input reports.
 *
 * <p>Every other core package may depend on this one; it depends on none of them.
 *
 * @since 0.1.0
 */
package org.regimen.error;
