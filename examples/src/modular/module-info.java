/**
 * A consumer of Regimen on the module path, as a modular clinic service would be: it requires core
 * and the calendar export, and finds the four treatment modules as services. ModulePathConsumerIT
 * compiles and runs it with nothing but Regimen's jars and their dependencies on the module path.
 */
module org.regimen.examples.modular {
  requires org.regimen.core;
  requires org.regimen.ical;
}
