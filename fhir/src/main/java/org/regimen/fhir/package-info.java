/**
 * HL7 FHIR R4 with HAPI FHIR, in its own artifact so that nothing of HAPI enters core. <b>Public
 * API:</b> the public classes; the resource builders and code tables behind them are
 * package-private.
 *
 * <ul>
 *   <li>{@link org.regimen.fhir.PlanBundle}: a plan as a {@code Bundle} around a {@code CarePlan}.
 *   <li>{@link org.regimen.fhir.ProtocolDefinitions}: a protocol as {@code PlanDefinition} and
 *       {@code ActivityDefinition}s.
 *   <li>{@link org.regimen.fhir.IntakeQuestionnaire}: the intake {@code Questionnaire} generated
 *       from the screening rules, and its {@code QuestionnaireResponse} read back as a request.
 *   <li>{@link org.regimen.fhir.FhirImport}: a patient's FHIR record as a request's patient.
 *   <li>{@link org.regimen.fhir.RegimenCodes} and {@link org.regimen.fhir.ContractCodes}: the code
 *       systems Regimen publishes; {@link org.regimen.fhir.FhirJson}: FHIR JSON through HAPI.
 * </ul>
 *
 * @since 0.1.0
 */
package org.regimen.fhir;
