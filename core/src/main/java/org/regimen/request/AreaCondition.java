package org.regimen.request;

/** A finding in one body area. */
public enum AreaCondition {
  ACTIVE_INFECTION,
  MAJOR_LESION,
  RECENT_SCAR
}
