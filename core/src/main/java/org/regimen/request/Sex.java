package org.regimen.request;

/** The patient's sex, as recorded by the clinic. */
public enum Sex {
  FEMALE,
  MALE,
  OTHER
}
