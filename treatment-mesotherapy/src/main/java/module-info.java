/**
 * Mesotherapy (document 001) as a Regimen treatment module. It exports nothing: core finds it as a service, and its
 * package is opened to core only, which reads the protocol document beside the class.
 */
module org.regimen.treatment.mesotherapy {
  requires org.regimen.core;

  opens org.regimen.treatment.mesotherapy to org.regimen.core;

  provides org.regimen.spi.TreatmentModule with org.regimen.treatment.mesotherapy.MesotherapyModule;
}
