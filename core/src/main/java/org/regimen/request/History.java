package org.regimen.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.RegimenStyle;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;

/**
 * What was already done: the past sessions (any treatment, any order) and the response to them so
 * far. A plan evaluates each session against its protocol and plans only what remains.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface History {
  @Value.Redacted
  List<PastSession> sessions();

  /** The practitioner's judgement of the response after the sessions so far; absent when not judged. */
  @Value.Redacted
  Optional<CourseResponse> response();

  static ImmutableHistory.Builder builder() {
    return ImmutableHistory.builder();
  }

  /**
   * "These were done as planned": the first {@code firstK} sessions of {@code plan}, on their planned
   * dates and areas, as history entries of the plan's treatment (each session's own treatment in a
   * combined plan).
   *
   * @param plan a plan with at least {@code firstK} sessions
   * @param firstK how many sessions were done, from 0
   * @throws IllegalArgumentException when {@code firstK} is negative or beyond the plan's sessions
   */
  static List<PastSession> asDone(TreatmentPlan plan, int firstK) {
    if (firstK < 0 || firstK > plan.sessions().size()) {
      throw new IllegalArgumentException(
          "firstK must be between 0 and the plan's session count (" + plan.sessions().size() + ")");
    }
    List<PastSession> done = new ArrayList<>(firstK);
    for (Session session : plan.sessions().subList(0, firstK)) {
      String treatment =
          session.treatment().orElseGet(() -> plan.treatment().orElseThrow().id());
      done.add(PastSession.of(treatment, session.date(), session.areas()));
    }
    return done;
  }
}
