package org.regimen.catalog;

import java.util.List;
import java.util.Optional;
import org.regimen.plan.Finding;
import org.regimen.plan.Session;
import org.regimen.protocol.Course;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.Variant;
import org.regimen.request.TreatmentRequest;
import org.regimen.spi.TreatmentModule;

/**
 * A treatment module with a clinic's variant applied: the base module's logic over the variant's
 * protocol. The base module chooses the course; the variant's course of the same id is planned.
 *
 * @since 0.1.0
 */
public final class VariantModule implements TreatmentModule {
  private final TreatmentModule base;
  private final Variant variant;

  VariantModule(TreatmentModule base, Variant variant) {
    this.base = base;
    this.variant = variant;
  }

  /**
   * The variant applied.
   *
   * @return the clinic's variant document
   */
  public Variant variant() {
    return variant;
  }

  /**
   * The module the variant changes.
   *
   * @return the base module, whose logic this module keeps
   */
  public TreatmentModule base() {
    return base;
  }

  @Override
  public String spiVersion() {
    return base.spiVersion();
  }

  @Override
  public Protocol protocol() {
    return variant.protocol();
  }

  @Override
  public Optional<Course> chooseCourse(TreatmentRequest request) {
    return base.chooseCourse(request)
        .flatMap(chosen -> protocol().courses().stream().filter(c -> c.id().equals(chosen.id())).findFirst());
  }

  @Override
  public List<Finding> screen(TreatmentRequest request, Course course) {
    return base.screen(request, course);
  }

  @Override
  public Session decorate(Session session, TreatmentRequest request, Course course) {
    return base.decorate(session, request, course);
  }

  @Override
  public String toString() {
    return "VariantModule[" + variant.id() + " of " + variant.baseProtocol() + "]";
  }
}
