package org.regimen.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.regimen.dates.DateRange;
import org.regimen.plan.DatedInstruction;
import org.regimen.protocol.Anchor;
import org.regimen.protocol.InstructionSpec;
import org.regimen.protocol.Protocol;
import org.regimen.request.PatientProfile;

/**
 * Puts preparation and aftercare instructions on dates. Always the safe end of a vague range: the
 * longest preparation lead and the longest aftercare.
 */
final class DatedInstructions {
  private DatedInstructions() {}

  /** The preparation meant for this patient (see {@link InstructionSpec#appliesTo}). */
  static List<InstructionSpec> forPatient(List<InstructionSpec> preparation, PatientProfile patient) {
    for (InstructionSpec spec : preparation) {
      if (!spec.appliesTo(patient)) {
        return preparation.stream().filter(s -> s.appliesTo(patient)).toList();
      }
    }
    return preparation; // the usual case: no copy
  }

  /** Days before session 1 the longest preparation starts: the lead time from {@code asOf}. */
  static int longestLeadDays(List<InstructionSpec> preparation) {
    int lead = 0;
    for (InstructionSpec spec : preparation) {
      lead = Math.max(lead, spec.span().days().max());
    }
    return lead;
  }

  static List<DatedInstruction> before(
      Protocol protocol, List<InstructionSpec> preparation, LocalDate session, boolean first) {
    List<DatedInstruction> dated = new ArrayList<>(preparation.size());
    for (InstructionSpec spec : preparation) {
      if (spec.anchor() == Anchor.FIRST_SESSION && !first) {
        continue;
      }
      int lead = spec.span().days().max();
      // A lead of 0 days means the session day itself (e.g. fasting before the session).
      DateRange days =
          lead == 0
              ? DateRange.ofDay(session)
              : DateRange.ofClosed(session.minusDays(lead), session.minusDays(1));
      dated.add(instruction(protocol, spec, days));
    }
    return dated;
  }

  static List<DatedInstruction> after(
      Protocol protocol, List<InstructionSpec> aftercare, LocalDate session) {
    return after(protocol, aftercare, session, session);
  }

  /** Aftercare from the first visit of a session to its length after the last visit. */
  static List<DatedInstruction> after(
      Protocol protocol, List<InstructionSpec> aftercare, LocalDate session, LocalDate lastVisit) {
    List<DatedInstruction> dated = new ArrayList<>(aftercare.size());
    for (InstructionSpec spec : aftercare) {
      int length = Math.max(1, spec.span().days().max());
      dated.add(instruction(protocol, spec, DateRange.ofClosed(session, lastVisit.plusDays(length - 1))));
    }
    return dated;
  }

  private static DatedInstruction instruction(Protocol protocol, InstructionSpec spec, DateRange days) {
    return DatedInstruction.builder()
        .code(spec.code())
        .days(days)
        .text(spec.text())
        .source(SourceLabels.label(protocol, spec.basis()))
        .sourceWords(spec.basis().words())
        .build();
  }
}
