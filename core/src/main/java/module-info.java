/**
 * Regimen's core: the request and plan model, the protocol format and the engines that screen,
 * schedule and plan. The exported packages are the public API (see the overview page); the engines
 * ({@code screening}, {@code scheduling}, {@code planning}), request validation ({@code validation})
 * and the value types' house style ({@code internal}) are not exported.
 * Treatment modules are found with {@link java.util.ServiceLoader}: on the module path through
 * their {@code provides}, on the class path through {@code META-INF/services}.
 */
// "module": the qualified exports below name regimen-testkit, which is built after core, so javac
// does not find it when it compiles core (a warning, not an error, by the language's rule).
@SuppressWarnings("module")
module org.regimen.core {
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  // Compile-time only: the Immutables style annotation and the generated code's @Generated.
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports org.regimen;
  exports org.regimen.batch;
  exports org.regimen.catalog;
  exports org.regimen.dates;
  exports org.regimen.error;
  exports org.regimen.handout;
  exports org.regimen.json;
  exports org.regimen.plan;
  exports org.regimen.protocol;
  exports org.regimen.request;
  exports org.regimen.spi;

  // To the contract-test kit only (regimen-testkit's Automatic-Module-Name), for a therapy's tests
  // on the module path: its checks compare plans with the data the engines plan from, which no
  // exported type states: the instruction-concerns table (which codes contradict, which meet an
  // event) and which session-count row of a course matches a request. Not public API.
  exports org.regimen.planning to org.regimen.testkit;
  exports org.regimen.screening to org.regimen.testkit;

  // The JSON Schemas of the request, plan, comparison and error, published for consumers to read.
  opens org.regimen.schema;

  uses org.regimen.spi.TreatmentModule;
}
