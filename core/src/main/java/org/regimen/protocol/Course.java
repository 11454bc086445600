package org.regimen.protocol;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;
import org.regimen.plan.TimeOfDay;
import org.regimen.request.BodyArea;
import org.regimen.request.Indication;

/**
 * One course of a therapy for a set of indications: who gives it, how long a session takes, how
 * many sessions for which patient, how far apart, the steps, preparation, aftercare, results,
 * risks, maintenance and price. Every number carries its {@link Basis}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Course {
  /** {@return the course's id, unique within its protocol} */
  String id();

  /** {@return the indications this course treats} */
  Set<Indication> indications();

  /** {@return the areas this course treats} */
  Set<BodyArea> areas();

  /** {@return who may give the sessions, e.g. {@code REGISTERED_NURSE}, with the source} */
  Sourced<List<String>> practitioners();

  /** {@return how long a session and a visit take for a number of areas} */
  SessionTiming timing();

  /** {@return the protocol's range of session counts; every rule row stays inside it} */
  Sourced<IntRange> sessionCount();

  /**
   * {@return the rows that choose the session count by request; the first matching row wins and the
   * last matches anything}
   */
  List<SessionRule> sessionRules();

  /** {@return the days between the starts of two sessions: least, preferred and most} */
  Interval interval();

  /** {@return the steps of a session, in order} */
  List<StepSpec> steps();

  /**
   * {@return when in the day sessions are booked, where the protocol says; any time when absent}
   */
  Optional<Sourced<TimeOfDay>> timeOfDay();

  /** {@return hours without food before a session, where the protocol asks for an empty stomach} */
  Optional<Sourced<Integer>> fastingHours();

  /** {@return the days of downtime from the session day, where there is any} */
  Optional<Sourced<Span>> downtime();

  /** {@return the areas tissue may be harvested from, in order of preference (stem cells)} */
  Optional<Sourced<List<BodyArea>>> harvestSites();

  /**
   * {@return visits before session 1 that are not sessions, e.g. a consultation with laboratory
   * tests}
   */
  List<VisitSpec> visits();

  /** {@return the preparation instructions, before the sessions} */
  List<InstructionSpec> preparation();

  /** {@return the aftercare instructions, after the sessions} */
  List<InstructionSpec> aftercare();

  /** {@return when each phase of the result shows} */
  List<ResultSpec> results();

  /** {@return the side effects and risks of the sessions} */
  List<RiskSpec> risks();

  /** {@return the maintenance the sources advise after the course; absent where they give none} */
  Optional<MaintenanceSpec> maintenance();

  /** {@return the prices the source gives; absent: plans have no cost} */
  Optional<PriceSpec> price();

  /** {@return the notes for the practitioner on every session} */
  List<Sourced<String>> notes();

  /**
   * {@return the rules for a course in progress (a long break, a partial response); none when
   * absent}
   */
  @Value.Default
  default ProgressRules progress() {
    return ProgressRules.NONE;
  }

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableCourse.Builder builder() {
    return ImmutableCourse.builder();
  }
}
