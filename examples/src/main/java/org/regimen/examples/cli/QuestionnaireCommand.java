package org.regimen.examples.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.fhir.FhirJson;
import org.regimen.fhir.IntakeQuestionnaire;
import org.regimen.request.TreatmentRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code regimen questionnaire THERAPY}: the intake form generated from the therapy's rules, as an HL7
 * FHIR R4 Questionnaire; {@code --read RESPONSE} turns a filled QuestionnaireResponse into the request
 * JSON instead.
 */
@Command(
    name = "questionnaire",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the intake form for a treatment (or 'all') as an HL7 FHIR R4 Questionnaire: it asks",
      "exactly what the treatment's screening and course rules use. With --read, turns a filled",
      "QuestionnaireResponse into a request (JSON) instead; unanswered questions stay 'not known'."
    })
final class QuestionnaireCommand implements Callable<Integer> {
  @ParentCommand private RegimenCli cli;
  @Spec private CommandSpec spec;

  @Option(
      names = "--code-systems",
      description = "Print a collection Bundle: the Questionnaire and the code systems of its answers.")
  private boolean codeSystems;

  @Option(
      names = "--read",
      paramLabel = "RESPONSE",
      description = "A QuestionnaireResponse (FHIR JSON) to this questionnaire; '-' for standard input.")
  private String response;

  @Option(
      names = "--context",
      paramLabel = "FILE",
      description = "With --read: a JSON object with what the form does not ask (id, calendar, clinic, history).")
  private String contextFile;

  @Option(names = "--json", description = "Problems as the error JSON document on standard error.")
  private boolean json;

  @Parameters(paramLabel = "THERAPY", description = "A treatment module's id (see 'treatments'), or 'all'.")
  private String therapy;

  @Override
  public Integer call() {
    CliContext context = cli.context();
    IntakeQuestionnaire intake = intake(context);
    if (response != null) {
      QuestionnaireResponse filled = parse(RequestInput.read(response, context.in()));
      String extra = contextFile == null ? "{}" : RequestInput.read(contextFile, context.in());
      String requestJson = intake.toRequestJson(filled, extra);
      TreatmentRequest request = context.json().readRequest(requestJson, context.today());
      context.out().println(context.json().writeRequest(request));
      return 0;
    }
    if (!codeSystems) {
      context.out().println(intake.toJson());
      return 0;
    }
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    bundle.addEntry().setFullUrl(intake.url()).setResource(intake.toQuestionnaire());
    IntakeQuestionnaire.codeSystems().forEach(s -> bundle.addEntry().setFullUrl(s.getUrl()).setResource(s));
    context.out().println(FhirJson.write(bundle));
    return 0;
  }

  private IntakeQuestionnaire intake(CliContext context) {
    if (therapy.equals("all")) {
      return IntakeQuestionnaire.of(context.regimen().catalog());
    }
    return context.regimen().catalog().module(therapy)
        .map(IntakeQuestionnaire::of)
        .orElseThrow(() -> new ParameterException(spec.commandLine(),
            "No treatment module '" + therapy + "'; installed: "
                + String.join(", ", context.regimen().catalog().ids()) + ", or 'all'"));
  }

  private static QuestionnaireResponse parse(String text) {
    try {
      return FhirJson.context().newJsonParser().parseResource(QuestionnaireResponse.class, text);
    } catch (RuntimeException e) {
      // The parser's message may quote the input: not repeated.
      throw new InvalidRequestException(List.of(Problem.of("$", "must be a FHIR R4 QuestionnaireResponse in JSON")));
    }
  }
}
