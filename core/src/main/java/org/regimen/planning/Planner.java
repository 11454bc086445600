package org.regimen.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regimen.catalog.ClinicVariants;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.catalog.VariantModule;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.plan.Comparison;
import org.regimen.plan.ComparisonOption;
import org.regimen.plan.TreatmentPlan;
import org.regimen.protocol.Course;
import org.regimen.request.Clinic;
import org.regimen.request.CombinedTreatment;
import org.regimen.request.TreatmentRequest;
import org.regimen.spi.TreatmentModule;
import org.regimen.validation.RequestValidator;
import org.regimen.validation.ValidatedRequests;

/**
 * Validates a request, finds its module and course, and hands them to {@link CoursePlanner}.
 * Stateless apart from the shared, immutable catalog.
 */
public final class Planner {
  private final TreatmentCatalog catalog;
  private final ClinicVariants variants;
  private final CoursePlanner coursePlanner;
  private final CombinationPlanner combinationPlanner;

  public Planner(TreatmentCatalog catalog) {
    this(catalog, ClinicVariants.NONE);
  }

  public Planner(TreatmentCatalog catalog, ClinicVariants variants) {
    this.catalog = catalog;
    this.variants = variants;
    this.coursePlanner = new CoursePlanner(new PreparedProtocols(catalog, variants));
    this.combinationPlanner = new CombinationPlanner(coursePlanner);
  }

  public TreatmentPlan plan(TreatmentRequest request) {
    if (!request.treatments().isEmpty() && request.treatment().isEmpty()) {
      return planCombination(request);
    }
    List<Problem> problems = new ArrayList<>(ValidatedRequests.problems(request));
    if (request.treatment().isEmpty()) {
      problems.add(Problem.of("treatment", "is required for a plan; without it, ask for a comparison"));
    }
    Optional<TreatmentModule> module = request.treatment().flatMap(catalog::module);
    if (request.treatment().isPresent() && module.isEmpty()) {
      problems.add(Problem.of("treatment", "must be an installed treatment; installed: " + String.join(", ", catalog.ids())));
    }
    Optional<VariantModule> requested = requestedVariant(request, problems);
    if (requested.isPresent() && module.isPresent()
        && !requested.get().variant().baseProtocol().equals(request.treatment().get())) {
      problems.add(Problem.of("clinic.variant",
          "changes treatment '" + requested.get().variant().baseProtocol() + "', not the one requested"));
    }
    module = module.map(m -> withVariant(m, request));
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

  /**
   * A request with {@code treatments}: every one installed, treating its indication (its own or the
   * request's) and, where the part names its own areas, each of them.
   */
  private TreatmentPlan planCombination(TreatmentRequest request) {
    List<Problem> problems = new ArrayList<>(ValidatedRequests.problems(request));
    if (request.treatments().size() < 2) {
      problems.add(Problem.of("treatments", "must name at least two treatments; for one, use treatment"));
    }
    List<CombinationPlanner.Part> parts = new ArrayList<>();
    Optional<VariantModule> requested = requestedVariant(request, problems);
    if (requested.isPresent() && !request.treatmentIds().contains(requested.get().variant().baseProtocol())) {
      problems.add(Problem.of("clinic.variant",
          "changes treatment '" + requested.get().variant().baseProtocol() + "', which the combination does not name"));
    }
    for (int i = 0; i < request.treatments().size(); i++) {
      CombinedTreatment part = request.treatments().get(i);
      Optional<TreatmentModule> module = catalog.module(part.treatment()).map(m -> withVariant(m, request));
      if (module.isEmpty()) {
        problems.add(
            Problem.of(RequestValidator.treatmentPath(i, part),
                "must be an installed treatment; installed: " + String.join(", ", catalog.ids())));
        continue;
      }
      TreatmentRequest own = PartRequest.of(request, part);
      Optional<Course> course = module.get().chooseCourse(own);
      if (course.isEmpty()) {
        problems.add(
            part.indication().isPresent()
                ? Problem.of("treatments[" + i + "].indication",
                    "is not treated by this treatment; it treats: " + module.get().descriptor().indications())
                : Problem.of("indication",
                    "is not treated by treatments[" + i + "]; it treats: " + module.get().descriptor().indications()));
        continue;
      }
      problems.addAll(untreatedAreas(i, part, course.get()));
      parts.add(new CombinationPlanner.Part(module.get(), course.get(), own));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(request.id(), problems);
    }
    return combinationPlanner.plan(parts, request);
  }

  /**
   * Areas the caller gave treatment {@code i} itself must be ones its course treats; the request's
   * shared areas stay as they were: an area a course does not list is left out of its plan.
   */
  private static List<Problem> untreatedAreas(int i, CombinedTreatment part, Course course) {
    List<Problem> problems = new ArrayList<>();
    for (int j = 0; j < part.areas().size(); j++) {
      if (!course.areas().contains(part.areas().get(j))) {
        problems.add(
            Problem.of("treatments[" + i + "].areas[" + j + "]",
                "is not treated by this treatment for this indication; it treats: "
                    + new java.util.TreeSet<>(course.areas())));
      }
    }
    return problems;
  }

  public Comparison compare(TreatmentRequest request) {
    List<Problem> problems = new ArrayList<>(ValidatedRequests.problems(request));
    requestedVariant(request, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(request.id(), problems);
    }
    List<TreatmentPlan> plans = new ArrayList<>();
    for (TreatmentModule base : catalog.modules()) {
      TreatmentModule module = withVariant(base, request);
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

  /** The variant the request names in {@code clinic.variant}; a problem when none is loaded. */
  private Optional<VariantModule> requestedVariant(TreatmentRequest request, List<Problem> problems) {
    Optional<String> id = request.clinic().flatMap(Clinic::variant);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Optional<VariantModule> variant = variants.variant(id.get());
    if (variant.isEmpty()) {
      problems.add(Problem.of("clinic.variant",
          "must be a loaded variant; loaded: " + (variants.ids().isEmpty() ? "none" : String.join(", ", variants.ids()))));
    }
    return variant;
  }

  /**
   * The module to plan {@code base}'s treatment with: the variant the request names when it changes
   * this treatment, else the catalog's default variant for it, else the base.
   */
  private TreatmentModule withVariant(TreatmentModule base, TreatmentRequest request) {
    String treatment = base.descriptor().id();
    Optional<VariantModule> named =
        request.clinic().flatMap(Clinic::variant).flatMap(variants::variant)
            .filter(v -> v.variant().baseProtocol().equals(treatment));
    if (named.isPresent()) {
      return named.get();
    }
    return variants.defaultFor(treatment).<TreatmentModule>map(v -> v).orElse(base);
  }
}
