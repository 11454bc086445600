/**
 * A plan written for the patient: {@link org.regimen.handout.Handout} (Markdown) and {@link
 * org.regimen.handout.HtmlHandout} (one self-contained HTML page with a timeline picture). <b>Public
 * API</b>; the sections and the picture behind them are package-private.
 *
 * @since 0.1.0
 */
package org.regimen.handout;
