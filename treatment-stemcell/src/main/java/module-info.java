/**
 * Autologous adipose-derived stem cells (document 002) as a Regimen treatment module. It exports
 * nothing: core finds it as a service, and its
 * package is opened to core only, which reads the protocol document beside the class.
 */
module org.regimen.treatment.stemcell {
  requires org.regimen.core;

  opens org.regimen.treatment.stemcell to org.regimen.core;

  provides org.regimen.spi.TreatmentModule with org.regimen.treatment.stemcell.StemCellModule;
}
