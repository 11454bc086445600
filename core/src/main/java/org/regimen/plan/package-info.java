/**
 * What Regimen answers: the plan, the comparison and everything in them. <b>Public API.</b>
 *
 * <p>{@link org.regimen.plan.TreatmentPlan} is the answer for one treatment or a combination:
 * {@link org.regimen.plan.Eligibility} with its {@link org.regimen.plan.Finding}s, dated {@link
 * org.regimen.plan.Session}s with their {@link org.regimen.plan.Visit}s, {@link
 * org.regimen.plan.DatedInstruction}s, expected results, {@link org.regimen.plan.Risk}s, maintenance,
 * cost, required tests and the sources. {@link org.regimen.plan.Comparison} is the answer to a request
 * without a treatment, one {@link org.regimen.plan.ComparisonOption} per therapy. Immutable values
 * whose {@code toString()} is redacted; their JSON form is the public contract (docs/contract.md).
 *
 * @since 0.1.0
 */
package org.regimen.plan;
