/**
 * Plasma therapy, plasmolifting (document 004) as a Regimen treatment module. It exports nothing: core finds it as a service, and its
 * package is opened to core only, which reads the protocol document beside the class.
 */
module org.regimen.treatment.plasma {
  requires org.regimen.core;

  opens org.regimen.treatment.plasma to org.regimen.core;

  provides org.regimen.spi.TreatmentModule with org.regimen.treatment.plasma.PlasmaModule;
}
