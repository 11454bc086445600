/**
 * A plan as an iCalendar file (RFC 5545) for the patient's own calendar, with ical4j. <b>Public
 * API:</b> {@link org.regimen.ical.PlanCalendar} only; the event and alarm builders behind it are
 * package-private. Nothing of ical4j enters core.
 *
 * @since 0.1.0
 */
package org.regimen.ical;
