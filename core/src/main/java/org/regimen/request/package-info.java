/**
 * What a caller asks: the request and everything in it. <b>Public API.</b>
 *
 * <p>{@link org.regimen.request.TreatmentRequest} holds one patient ({@link
 * org.regimen.request.PatientProfile}: conditions, medications, allergies, laboratory results, skin,
 * lifestyle, reproductive state), the indication and its assessment ({@link
 * org.regimen.request.StriaeAssessment} or {@link org.regimen.request.LaxityAssessment}), the areas,
 * the calendar ({@link org.regimen.request.CalendarConstraints}), the clinic, and the course so far
 * ({@link org.regimen.request.History}). The value types are immutable; each is built with its
 * {@code builder()} (an Immutables-generated {@code Immutable*.Builder}, see the overview). A list
 * left absent means "not known", an empty list "known: none", and screening treats the two
 * differently. The enums' constants are the JSON contract's values.
 *
 * @since 0.1.0
 */
package org.regimen.request;
