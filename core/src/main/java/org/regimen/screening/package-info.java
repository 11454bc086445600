/**
 * The screening engine. <b>Internal:</b> public types here are public only so that other core
 * packages can reach them; they may change in any release. Use {@link org.regimen.Regimen#plan},
 * whose plan carries the screening's {@link org.regimen.plan.Eligibility}.
 *
 * <p>{@link org.regimen.screening.ScreeningEngine} judges a request against the baseline rules
 * ({@link org.regimen.protocol.Baseline}, as a protocol overrides them), the protocol's own rules
 * and the module's findings, and decides eligibility. An unknown value never loosens a finding: it
 * asks to confirm it before session 1.
 */
package org.regimen.screening;
