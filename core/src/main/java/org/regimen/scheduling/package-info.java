/**
 * Fits a course of sessions onto real dates: {@link org.regimen.scheduling.Scheduler#schedule}
 * takes a {@link org.regimen.scheduling.ScheduleRequest} (count, gaps, first allowed day, calendar,
 * predicted period days, event clearance, search horizon) and answers a {@link
 * org.regimen.scheduling.Schedule}: every session's date with what was moved and why, or no dates
 * and the constraint that made the course impossible. Pure, deterministic and thread-safe.
 *
 * <p><b>Internal:</b> public types here are public only so that other core packages can reach them;
 * they may change in any release. Use {@link org.regimen.Regimen#plan}, whose sessions carry the
 * dates and {@link org.regimen.plan.Adjustment}s.
 */
package org.regimen.scheduling;
