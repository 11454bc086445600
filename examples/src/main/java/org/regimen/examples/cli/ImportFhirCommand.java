package org.regimen.examples.cli;

import java.util.concurrent.Callable;
import org.regimen.error.Problem;
import org.regimen.fhir.FhirImport;
import org.regimen.request.TreatmentRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code regimen import-fhir BUNDLE [--request FILE]}: a patient's record as a FHIR R4 Bundle becomes
 * a request's {@code patient}. Whatever did not reach it is listed on standard error, and the exit
 * status is then 3, so that a script never takes a partial import for a complete one.
 */
@Command(
    name = "import-fhir",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a FHIR R4 Bundle (Patient, Condition, MedicationStatement, AllergyIntolerance,",
      "Observation, Procedure) into a request's patient, with the code mappings of import-codes.json.",
      "Prints the patient JSON, or with --request the whole request. Every resource or code that is",
      "not imported is listed on standard error (never its value); the exit status is then 3."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:everything imported",
      "2:an unreadable Bundle or an invalid request",
      "3:imported, but something was not (listed on standard error)"
    })
final class ImportFhirCommand implements Callable<Integer> {
  static final int INCOMPLETE = 3;

  @ParentCommand private RegimenCli cli;

  @Option(
      names = "--request",
      paramLabel = "FILE",
      description = "A request without 'patient' (JSON) to complete with the imported patient.")
  private String requestFile;

  @Option(names = "--json", description = "Problems of an invalid request as the error JSON document.")
  private boolean json;

  @Parameters(paramLabel = "BUNDLE", description = "The Bundle (FHIR JSON); '-' for standard input.")
  private String bundle;

  @Override
  public Integer call() {
    CliContext context = cli.context();
    FhirImport imported = FhirImport.parse(RequestInput.read(bundle, context.in()));
    if (requestFile == null) {
      context.out().println(imported.patientJson());
    } else {
      String json = imported.toRequestJson(RequestInput.read(requestFile, context.in()));
      TreatmentRequest request = context.json().readRequest(json, context.today());
      context.out().println(context.json().writeRequest(request));
    }
    if (imported.problems().isEmpty()) {
      return 0;
    }
    context.err().println("regimen: not imported (" + imported.problems().size() + "):");
    for (Problem problem : imported.problems()) {
      context.err().println("  " + problem.path() + ": " + problem.message());
    }
    return INCOMPLETE;
  }
}
