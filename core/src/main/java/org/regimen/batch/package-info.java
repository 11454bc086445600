/**
 * Many requests at once: {@link org.regimen.batch.BatchPlanner} answers JSON Lines in constant
 * memory, one answer per line, and {@link org.regimen.batch.StopSignal} stops it cleanly between
 * lines (docs/batch.md). <b>Public API</b>; the line readers and writer are package-private.
 *
 * @since 0.1.0
 */
package org.regimen.batch;
