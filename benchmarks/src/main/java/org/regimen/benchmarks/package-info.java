/**
 * JMH benchmarks and the start-up, batch and CPU-time probes behind BENCHMARKS.md. <b>Internal:</b>
 * not published; run from {@code benchmarks/target/benchmarks.jar}.
 */
package org.regimen.benchmarks;
