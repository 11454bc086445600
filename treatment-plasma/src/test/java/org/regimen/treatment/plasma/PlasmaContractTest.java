package org.regimen.treatment.plasma;

import org.regimen.spi.TreatmentModule;
import org.regimen.testing.TreatmentModuleContract;

class PlasmaContractTest extends TreatmentModuleContract {
  @Override
  protected String moduleId() {
    return "plasma";
  }

  @Override
  protected Class<? extends TreatmentModule> moduleClass() {
    return PlasmaModule.class;
  }
}
