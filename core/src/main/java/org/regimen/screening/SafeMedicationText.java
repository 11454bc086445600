package org.regimen.screening;

import java.util.Locale;
import org.regimen.protocol.ScreeningRule;
import org.regimen.request.MedicationKind;

/**
 * A safety net for medication texts: Regimen never tells a patient to stop a prescribed
 * anticoagulant or antiplatelet (stopping one without the prescriber risks a clot). A rule about
 * them whose texts say "stop" gets fixed texts that hand the decision to the prescriber instead.
 */
record SafeMedicationText(String message, String action) {
  static final String PRESCRIBED_MESSAGE =
      "The patient takes a prescribed medicine that thins the blood; injections may bruise or bleed more.";
  static final String PRESCRIBED_ACTION =
      "The prescriber decides how the medicine is managed around the sessions; the patient keeps taking it as prescribed.";

  /** A prescribed anticoagulant or antiplatelet: never told to stop, never given a date. */
  static boolean isPrescribedThinner(MedicationKind kind) {
    return kind == MedicationKind.ANTICOAGULANT || kind == MedicationKind.ANTIPLATELET;
  }

  static SafeMedicationText of(ScreeningRule rule) {
    boolean prescribedThinner =
        rule.medications().contains(MedicationKind.ANTICOAGULANT)
            || rule.medications().contains(MedicationKind.ANTIPLATELET);
    if (prescribedThinner && (saysStop(rule.message()) || saysStop(rule.action()))) {
      return new SafeMedicationText(PRESCRIBED_MESSAGE, PRESCRIBED_ACTION);
    }
    return new SafeMedicationText(rule.message(), rule.action());
  }

  private static boolean saysStop(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("stop") || lower.contains("discontinu") || lower.contains("interrupt");
  }
}
