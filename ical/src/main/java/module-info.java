/**
 * A plan as an iCalendar file (RFC 5545) with ical4j: {@code org.regimen.ical} is its API. Its
 * signatures use core's {@code TreatmentPlan} and request types and ical4j's {@code Calendar}, so a
 * consumer that requires this module reads both through it.
 */
module org.regimen.ical {
  requires transitive org.regimen.core;
  requires transitive ical4j.core;

  exports org.regimen.ical;
}
