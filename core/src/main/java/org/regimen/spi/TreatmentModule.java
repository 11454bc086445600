package org.regimen.spi;

import java.util.List;
import java.util.Optional;
import org.regimen.plan.Finding;
import org.regimen.plan.Session;
import org.regimen.protocol.Course;
import org.regimen.protocol.Protocol;
import org.regimen.request.TreatmentRequest;

/**
 * A therapy, found at run time with {@link java.util.ServiceLoader}. Register an implementation in
 * {@code META-INF/services/org.regimen.spi.TreatmentModule}.
 *
 * <p>Almost everything a therapy knows is data: its {@link Protocol}, read once from the JSON
 * document in the module's resources with {@link org.regimen.protocol.ProtocolLoader}. The core
 * screens, schedules and assembles the plan from it. The default methods below are the only places
 * for logic that data cannot express; override them sparingly.
 *
 * <h2>Specification for implementors</h2>
 *
 * <ul>
 *   <li>Public, with a public no-argument constructor (ServiceLoader creates it once per catalog).
 *   <li>Immutable and thread-safe: one instance serves every thread, and {@link #protocol()} returns
 *       the same loaded protocol every time. Load the protocol in the constructor so that a broken
 *       document fails when the catalog loads the module, never during planning.
 *   <li>Deterministic: no clock, no randomness, no locale, no I/O after construction.
 *   <li>Never weaker than the baseline screening of the core, except where the protocol data
 *       overrides a baseline rule with a cited source.
 *   <li>Depends on {@code regimen-core} only, never on another treatment module.
 *   <li>Declares the SPI version it was built for: {@link #spiVersion()}.
 * </ul>
 *
 * @since 0.1.0
 */
public interface TreatmentModule {

  /**
   * The SPI version this module was built for. Implement it as {@code return SpiVersion.CURRENT;}:
   * the constant is compiled into the module, so the core can refuse a module built for an
   * incompatible SPI with a message that names it, rather than fail later with a {@code
   * NoSuchMethodError}. The default, {@link SpiVersion#UNDECLARED}, stands for a module built before
   * modules declared one; {@code TreatmentModuleContract} requires every module to declare it.
   *
   * @return {@code MAJOR.MINOR}, normally {@link SpiVersion#CURRENT}
   */
  default String spiVersion() {
    return SpiVersion.UNDECLARED;
  }

  /**
   * The module's protocol, loaded once.
   *
   * @return the same immutable protocol on every call
   */
  Protocol protocol();

  /**
   * Id, name, version, indications and areas, as the protocol states them.
   *
   * @return what the module offers; the default derives it from {@link #protocol()}
   */
  default ModuleDescriptor descriptor() {
    return ModuleDescriptor.of(protocol());
  }

  /**
   * The course for the request's indication.
   *
   * @param request a valid request
   * @return the course, or empty if this module does not treat the indication
   */
  default Optional<Course> chooseCourse(TreatmentRequest request) {
    return protocol().courseFor(request.indication());
  }

  /**
   * Findings of this module's own that the data-driven rules cannot express. Called after the
   * baseline and protocol rules; the default has none.
   *
   * @param request a valid request
   * @param course the course {@link #chooseCourse} chose
   * @return the module's own findings, empty when it has none
   */
  default List<Finding> screen(TreatmentRequest request, Course course) {
    return List.of();
  }

  /**
   * A last change to each planned session (e.g. a note); the default returns it unchanged.
   *
   * @param session a dated session of the plan
   * @param request the request being planned
   * @param course the course being planned
   * @return the session to put in the plan
   */
  default Session decorate(Session session, TreatmentRequest request, Course course) {
    return session;
  }
}
