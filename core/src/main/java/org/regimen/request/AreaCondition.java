package org.regimen.request;

/**
 * A finding in one body area.
 *
 * @since 0.1.0
 */
public enum AreaCondition {
  ACTIVE_INFECTION,
  MAJOR_LESION,
  RECENT_SCAR
}
