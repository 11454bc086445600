/**
 * A plan as an iCalendar file (RFC 5545) with ical4j: {@code org.regimen.ical} is its API. Its
 * signatures use ical4j's {@code Calendar}, so a consumer reads ical4j through this module.
 */
module org.regimen.ical {
  requires org.regimen.core;
  requires transitive ical4j.core;

  exports org.regimen.ical;
}
