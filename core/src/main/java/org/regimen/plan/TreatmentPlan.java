package org.regimen.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.LibraryVersion;
import org.regimen.internal.RegimenStyle;
import org.regimen.request.Indication;
import org.regimen.request.PastSession;

/**
 * The answer to a request for one treatment (or a combination): eligibility, dated sessions, what
 * to do before and after, when results show and how long they last, risks, and the sources.
 *
 * <p>{@code toString()} shows the structure only: every attribute, the id and treatments included,
 * is redacted (a log line or a debugger must never show what a plan says about a patient).
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface TreatmentPlan {
  /**
   * {@return the request's {@code id}, echoed; absent when the request had none or it was not
   * echoed}
   */
  @Value.Redacted
  Optional<String> id();

  /** {@return the version of the Regimen library that made the plan ({@code Regimen.version()})} */
  @Value.Default
  @Value.Redacted
  default String library() {
    return LibraryVersion.VERSION;
  }

  /** {@return the treatment, for a single-treatment plan} */
  @Value.Redacted
  Optional<TreatmentRef> treatment();

  /** {@return the treatments, for a combined plan} */
  @Value.Redacted
  List<TreatmentRef> treatments();

  /** {@return the indication planned for (the first part's, in a combined plan)} */
  @Value.Redacted
  Indication indication();

  /** {@return the language the patient-facing texts are in} */
  @Value.Redacted
  String language();

  /** {@return the patient's eligibility: status, findings, areas left out and tests to do} */
  @Value.Redacted
  Eligibility eligibility();

  /**
   * {@return the past sessions as this plan judged them, in date order; empty without a history}
   */
  @Value.Redacted
  List<EvaluatedSession> history();

  /** {@return the sessions that remain, numbered after the counted past ones} */
  @Value.Redacted
  List<Session> sessions();

  /** {@return the visits that are not treatment sessions, e.g. a consultation before session 1} */
  @Value.Redacted
  List<Visit> visits();

  /** {@return when results can be expected, phase by phase, with their sources} */
  @Value.Redacted
  List<ResultWindow> results();

  /** {@return the risks of the treatment, with how often and where they happen} */
  @Value.Redacted
  List<Risk> risks();

  /** {@return the maintenance the sources advise after the course; absent where they give none} */
  @Value.Redacted
  Optional<Maintenance> maintenance();

  /**
   * {@return the cost of the course; absent where neither protocol nor clinic gives prices (never
   * zero for unknown)}
   */
  @Value.Redacted
  Optional<Cost> cost();

  /**
   * {@return what the scheduler changed and why (a moved session, a stretched gap, a skipped week)}
   */
  @Value.Redacted
  List<Adjustment> adjustments();

  /**
   * {@return the constraints that could not be met; when no schedule is possible at all, the
   * sessions are empty and these say why}
   */
  @Value.Redacted
  List<Conflict> conflicts();

  /**
   * {@return the plain texts for the practitioner that hold for every session of the course, stated
   * once; a session's own {@link Session#notes()} say only what differs for it. In a combined plan
   * each note starts with its treatment's name}
   */
  @Value.Redacted
  List<String> notes();

  /** {@return the source documents and publications the plan was made from} */
  @Value.Redacted
  List<String> sources();

  /**
   * "These were done as planned": the first {@code firstK} sessions of this plan, on their planned
   * dates and areas, as the {@code history.sessions} of a later request (each session's own
   * treatment in a combined plan). For replaying a course and for tests.
   *
   * @param firstK how many sessions were done, from 0
   * @return the past sessions, in the plan's order
   * @throws IllegalArgumentException when {@code firstK} is negative or beyond the plan's sessions
   */
  default List<PastSession> sessionsAsDone(int firstK) {
    if (firstK < 0 || firstK > sessions().size()) {
      throw new IllegalArgumentException(
          "firstK must be between 0 and the plan's session count (" + sessions().size() + ")");
    }
    List<PastSession> done = new ArrayList<>(firstK);
    for (Session session : sessions().subList(0, firstK)) {
      String id = session.treatment().orElseGet(() -> treatment().orElseThrow().id());
      done.add(PastSession.of(id, session.date(), session.areas()));
    }
    return done;
  }

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableTreatmentPlan.Builder builder() {
    return ImmutableTreatmentPlan.builder();
  }
}
