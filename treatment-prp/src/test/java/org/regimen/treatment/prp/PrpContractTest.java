package org.regimen.treatment.prp;

import org.regimen.spi.TreatmentModule;
import org.regimen.testing.TreatmentModuleContract;

class PrpContractTest extends TreatmentModuleContract {
  @Override
  protected String moduleId() {
    return "prp";
  }

  @Override
  protected Class<? extends TreatmentModule> moduleClass() {
    return PrpModule.class;
  }
}
