package org.regimen.planning;

import org.regimen.catalog.TreatmentCatalog;
import org.regimen.plan.Comparison;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.TreatmentRequest;

/** Turns a validated request into a plan: screening, course choice, schedule, dated details. */
public final class Planner {
  private final TreatmentCatalog catalog;

  public Planner(TreatmentCatalog catalog) {
    this.catalog = catalog;
  }

  public TreatmentPlan plan(TreatmentRequest request) {
    throw new UnsupportedOperationException("being written: " + catalog.ids());
  }

  public Comparison compare(TreatmentRequest request) {
    throw new UnsupportedOperationException("being written");
  }
}
