/**
 * Platelet-rich plasma (documents 000 and 003) as a Regimen treatment module. It exports nothing: core finds it as a service, and its
 * package is opened to core only, which reads the protocol document beside the class.
 */
module org.regimen.treatment.prp {
  requires org.regimen.core;

  opens org.regimen.treatment.prp to org.regimen.core;

  provides org.regimen.spi.TreatmentModule with org.regimen.treatment.prp.PrpModule;
}
