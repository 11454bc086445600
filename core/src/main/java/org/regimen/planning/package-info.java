/**
 * The planner: validates a request, chooses the module and course, runs screening and scheduling,
 * and assembles the plan, a combination or a comparison. <b>Internal:</b> public types here are public
 * only so that other core packages can reach them; they may change in any release. Use {@link
 * org.regimen.Regimen}.
 */
package org.regimen.planning;
