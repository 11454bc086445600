package org.regimen.planning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.regimen.dates.DateRange;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.ImmutableDatedInstruction;
import org.regimen.plan.ImmutableSession;
import org.regimen.plan.Session;

/**
 * One instruction per day and concern in a combined plan. Where two treatments' instructions on one
 * concern ({@link InstructionConcerns}: exercise, skin products, sun, heat, alcohol) fall on the
 * same days, the weaker one is taken off those days, and the stricter one, which satisfies both,
 * is the only one stated there. The weaker instruction keeps its other days (split in two where
 * the stricter one falls in its middle). Each replacement is said once, on the first session it
 * changes, without dates.
 */
final class OneInstructionPerConcern {
  private OneInstructionPerConcern() {}

  private record Owned(String treatment, DatedInstruction instruction) {}

  static List<Session> resolve(List<Session> sessions, InstructionConcerns concerns) {
    List<Owned> all = new ArrayList<>();
    for (Session session : sessions) {
      String treatment = session.treatment().orElse("");
      session.before().forEach(i -> all.add(new Owned(treatment, i)));
      session.after().forEach(i -> all.add(new Owned(treatment, i)));
    }
    Set<String> said = new LinkedHashSet<>();
    List<Session> resolved = new ArrayList<>(sessions.size());
    for (Session session : sessions) {
      String treatment = session.treatment().orElse("");
      List<String> notes = new ArrayList<>();
      List<DatedInstruction> before = cut(session.before(), treatment, all, concerns, said, notes);
      List<DatedInstruction> after = cut(session.after(), treatment, all, concerns, said, notes);
      if (notes.isEmpty() && before.equals(session.before()) && after.equals(session.after())) {
        resolved.add(session);
        continue;
      }
      List<String> allNotes = new ArrayList<>(session.notes());
      allNotes.addAll(notes);
      resolved.add(ImmutableSession.copyOf(session).withBefore(before).withAfter(after).withNotes(allNotes));
    }
    return resolved;
  }

  private static List<DatedInstruction> cut(
      List<DatedInstruction> instructions,
      String treatment,
      List<Owned> all,
      InstructionConcerns concerns,
      Set<String> said,
      List<String> notes) {
    List<DatedInstruction> result = new ArrayList<>(instructions.size());
    for (DatedInstruction instruction : instructions) {
      Optional<InstructionConcerns.Ranked> ranked = concerns.ranked(instruction.code());
      if (ranked.isEmpty()) {
        result.add(instruction);
        continue;
      }
      List<DateRange> left = List.of(instruction.days());
      for (Owned other : all) {
        if (other.treatment().equals(treatment)) {
          continue; // one treatment's own instructions were written together
        }
        Optional<InstructionConcerns.Ranked> stricter = concerns.ranked(other.instruction().code());
        if (stricter.isEmpty()
            || !stricter.get().concern().equals(ranked.get().concern())
            || stricter.get().rank() >= ranked.get().rank()) {
          continue;
        }
        List<DateRange> remaining = minus(left, other.instruction().days());
        if (!remaining.equals(left)) {
          left = remaining;
          String key = instruction.code() + "<" + other.instruction().code();
          if (said.add(key)) {
            notes.add("Combined plan: on the days the " + other.treatment() + " instruction \""
                + other.instruction().text() + "\" applies, it replaces \"" + instruction.text()
                + "\": the stricter one satisfies both.");
          }
        }
      }
      for (DateRange days : left) {
        result.add(ImmutableDatedInstruction.copyOf(instruction).withDays(days));
      }
    }
    return result;
  }

  /** The days of {@code ranges} outside {@code cut}, as ranges in order. */
  static List<DateRange> minus(List<DateRange> ranges, DateRange cut) {
    List<DateRange> left = new ArrayList<>(ranges.size() + 1);
    for (DateRange range : ranges) {
      if (!range.overlaps(cut)) {
        left.add(range);
        continue;
      }
      if (range.from().isBefore(cut.from())) {
        left.add(DateRange.ofClosed(range.from(), cut.from().minusDays(1)));
      }
      if (range.to().isAfter(cut.to())) {
        left.add(DateRange.ofClosed(cut.to().plusDays(1), range.to()));
      }
    }
    return left;
  }
}
