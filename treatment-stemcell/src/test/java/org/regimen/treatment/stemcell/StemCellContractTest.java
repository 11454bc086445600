package org.regimen.treatment.stemcell;

import org.regimen.spi.TreatmentModule;
import org.regimen.testing.TreatmentModuleContract;

class StemCellContractTest extends TreatmentModuleContract {
  @Override
  protected String moduleId() {
    return "stemcell";
  }

  @Override
  protected Class<? extends TreatmentModule> moduleClass() {
    return StemCellModule.class;
  }
}
