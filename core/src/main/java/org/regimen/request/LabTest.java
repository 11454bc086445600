package org.regimen.request;

/** A laboratory test a protocol may require before session 1. */
public enum LabTest {
  HIV,
  HEPATITIS,
  SYPHILIS,
  BLOOD_COUNT,
  BLOOD_BIOCHEMISTRY
}
