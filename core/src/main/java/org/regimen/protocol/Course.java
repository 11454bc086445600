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
 * many sessions for which patient, how far apart, the steps, preparation, aftercare, results, risks,
 * maintenance and price. Every number carries its {@link Basis}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Course {
  String id();

  Set<Indication> indications();

  /** {@return the areas this course treats} */
  Set<BodyArea> areas();

  Sourced<List<String>> practitioners();

  SessionTiming timing();

  /** {@return the protocol's range of session counts; every rule row stays inside it} */
  Sourced<IntRange> sessionCount();

  /** {@return the rows that choose the session count by request; the first matching row wins and the last matches anything} */
  List<SessionRule> sessionRules();

  Interval interval();

  List<StepSpec> steps();

  Optional<Sourced<TimeOfDay>> timeOfDay();

  Optional<Sourced<Integer>> fastingHours();

  /** {@return the days of downtime from the session day, where there is any} */
  Optional<Sourced<Span>> downtime();

  /** {@return the areas tissue may be harvested from, in order of preference (stem cells)} */
  Optional<Sourced<List<BodyArea>>> harvestSites();

  /** {@return visits before session 1 that are not sessions, e.g. a consultation with laboratory tests} */
  List<VisitSpec> visits();

  List<InstructionSpec> preparation();

  List<InstructionSpec> aftercare();

  List<ResultSpec> results();

  List<RiskSpec> risks();

  Optional<MaintenanceSpec> maintenance();

  Optional<PriceSpec> price();

  /** {@return the notes for the practitioner on every session} */
  List<Sourced<String>> notes();

  /** {@return the rules for a course in progress (a long break, a partial response); none when absent} */
  @Value.Default
  default ProgressRules progress() {
    return ProgressRules.NONE;
  }

  static ImmutableCourse.Builder builder() {
    return ImmutableCourse.builder();
  }
}
