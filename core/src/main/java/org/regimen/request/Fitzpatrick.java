package org.regimen.request;

/**
 * Fitzpatrick skin phototype.
 *
 * @since 0.1.0
 */
public enum Fitzpatrick {
  /** Type I: always burns, never tans (very fair skin). */
  I,
  /** Type II: usually burns, tans minimally (fair skin). */
  II,
  /** Type III: sometimes burns, tans gradually (medium skin). */
  III,
  /** Type IV: rarely burns, tans easily (olive skin). */
  IV,
  /** Type V: very rarely burns, tans very easily (brown skin). */
  V,
  /** Type VI: never burns (dark brown to black skin). */
  VI
}
