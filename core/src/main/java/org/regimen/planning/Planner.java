package org.regimen.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regimen.InvalidRequestException;
import org.regimen.Problem;
import org.regimen.RequestValidator;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.plan.Comparison;
import org.regimen.plan.ComparisonOption;
import org.regimen.plan.TreatmentPlan;
import org.regimen.protocol.Course;
import org.regimen.request.TreatmentRequest;
import org.regimen.spi.TreatmentModule;

/**
 * Validates a request, finds its module and course, and hands them to {@link CoursePlanner}.
 * Stateless apart from the shared, immutable catalog.
 */
public final class Planner {
  private final TreatmentCatalog catalog;
  private final CoursePlanner coursePlanner;
  private final CombinationPlanner combinationPlanner;

  public Planner(TreatmentCatalog catalog) {
    this.catalog = catalog;
    this.coursePlanner = new CoursePlanner(new PreparedProtocols(catalog));
    this.combinationPlanner = new CombinationPlanner(coursePlanner);
  }

  public TreatmentPlan plan(TreatmentRequest request) {
    if (!request.treatments().isEmpty() && request.treatment().isEmpty()) {
      return planCombination(request);
    }
    List<Problem> problems = new ArrayList<>(RequestValidator.validate(request));
    if (request.treatment().isEmpty()) {
      problems.add(Problem.of("treatment", "is required for a plan; without it, ask for a comparison"));
    }
    Optional<TreatmentModule> module = request.treatment().flatMap(catalog::module);
    if (request.treatment().isPresent() && module.isEmpty()) {
      problems.add(Problem.of("treatment", "must be an installed treatment; installed: " + String.join(", ", catalog.ids())));
    }
    Optional<Course> course = module.flatMap(m -> m.chooseCourse(request));
    if (module.isPresent() && course.isEmpty()) {
      problems.add(
          Problem.of(
              "indication",
              "is not treated by this treatment; it treats: " + module.get().descriptor().indications()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(request.id(), problems);
    }
    return coursePlanner.plan(module.get(), course.get(), request);
  }

  /** A request with {@code treatments}: every one installed, treating the indication. */
  private TreatmentPlan planCombination(TreatmentRequest request) {
    List<Problem> problems = new ArrayList<>(RequestValidator.validate(request));
    if (request.treatments().size() < 2) {
      problems.add(Problem.of("treatments", "must name at least two treatments; for one, use treatment"));
    }
    List<CombinationPlanner.Part> parts = new ArrayList<>();
    for (int i = 0; i < request.treatments().size(); i++) {
      String id = request.treatments().get(i);
      Optional<TreatmentModule> module = catalog.module(id);
      if (module.isEmpty()) {
        problems.add(
            Problem.of("treatments[" + i + "]",
                "must be an installed treatment; installed: " + String.join(", ", catalog.ids())));
        continue;
      }
      Optional<Course> course = module.get().chooseCourse(request);
      if (course.isEmpty()) {
        problems.add(
            Problem.of("indication",
                "is not treated by treatments[" + i + "]; it treats: " + module.get().descriptor().indications()));
        continue;
      }
      parts.add(new CombinationPlanner.Part(module.get(), course.get()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(request.id(), problems);
    }
    return combinationPlanner.plan(parts, request);
  }

  public Comparison compare(TreatmentRequest request) {
    List<Problem> problems = RequestValidator.validate(request);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(request.id(), problems);
    }
    List<TreatmentPlan> plans = new ArrayList<>();
    for (TreatmentModule module : catalog.modules()) {
      Optional<Course> course = module.chooseCourse(request);
      if (course.isPresent()) {
        plans.add(coursePlanner.plan(module, course.get(), request));
      }
    }
    List<ComparisonOption> options = ComparisonOptions.ordered(plans);
    return Comparison.builder()
        .id(request.id())
        .indication(request.indication())
        .options(options)
        .alternatives(ComparisonAlternatives.of(catalog, request.indication()))
        .build();
  }
}
