package org.regimen.treatment.mesotherapy;

import org.regimen.spi.TreatmentModule;
import org.regimen.testing.TreatmentModuleContract;

/** Discovery, sourced values, quotes found in 002, and docs/design.md's invariants over generated requests. */
class MesotherapyContractTest extends TreatmentModuleContract {
  @Override
  protected String moduleId() {
    return "mesotherapy";
  }

  @Override
  protected Class<? extends TreatmentModule> moduleClass() {
    return MesotherapyModule.class;
  }
}
