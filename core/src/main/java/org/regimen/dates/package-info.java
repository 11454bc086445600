/**
 * Day ranges that include both ends ({@link org.regimen.dates.DateRange}) and the window of years a
 * request's dates may fall in ({@link org.regimen.dates.DateWindow}). <b>Public API.</b>
 *
 * @since 0.1.0
 */
package org.regimen.dates;
