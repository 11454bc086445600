package org.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.fhir.FhirJson;
import org.regimen.json.RegimenJson;
import org.regimen.request.TreatmentRequest;

/** {@code questionnaire} and {@code import-fhir}, run in process on the shipped samples. */
class IntakeCommandsTest {
  private static final Path FHIR = Path.of("fhir");
  private static final RegimenJson JSON = RegimenJson.create();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final CliContext context =
      new CliContext(new PrintWriter(out, true), new PrintWriter(err, true), InputStream.nullInputStream(),
          LocalDate.parse("2027-01-05"));

  @Test
  void questionnairePrintsTheShippedSample() throws Exception {
    int status = RegimenCli.execute(context, "questionnaire", "plasma");
    assertThat(err.toString()).isEmpty();
    assertThat(status).isZero();
    assertThat(out.toString().replace(System.lineSeparator(), "\n"))
        .isEqualTo(Files.readString(FHIR.resolve("intake/questionnaire-plasma.json"), StandardCharsets.UTF_8));
  }

  @Test
  void questionnaireForAllWithItsCodeSystems() {
    int status = RegimenCli.execute(context, "questionnaire", "--code-systems", "all");
    assertThat(status).isZero();
    Bundle bundle = FhirJson.context().newJsonParser().parseResource(Bundle.class, out.toString());
    assertThat(bundle.getEntryFirstRep().getResource()).isInstanceOf(Questionnaire.class);
    assertThat(bundle.getEntry()).filteredOn(e -> e.getResource() instanceof CodeSystem).isNotEmpty();
  }

  @Test
  void anUnknownTherapyIsAUsageError() {
    assertThat(RegimenCli.execute(context, "questionnaire", "laser")).isEqualTo(2);
    assertThat(err.toString()).contains("No treatment module 'laser'");
  }

  @Test
  void readingTheShippedResponseGivesTheSampleRequestsPlan() throws Exception {
    int status = RegimenCli.execute(context, "questionnaire", "plasma",
        "--read", FHIR.resolve("intake/response-plasma.json").toString(),
        "--context", FHIR.resolve("intake/context-plasma.json").toString());
    assertThat(err.toString()).isEmpty();
    assertThat(status).isZero();
    Regimen regimen = Regimen.load();
    TreatmentRequest back = JSON.readRequest(out.toString());
    TreatmentRequest sample = JSON.readRequest(
        Files.readString(Path.of("requests/plasma-antibiotics-cycle-missing-tests.json"), StandardCharsets.UTF_8));
    assertThat(JSON.writePlan(regimen.plan(back))).isEqualTo(JSON.writePlan(regimen.plan(sample)));
  }

  @Test
  void importFhirPrintsThePatientAndListsWhatWasNotImported() {
    int status = RegimenCli.execute(context, "import-fhir", FHIR.resolve("import/patient-record.json").toString());
    assertThat(status).isEqualTo(ImportFhirCommand.INCOMPLETE);
    assertThat(out.toString()).contains("\"conditions\":[{\"code\":\"DIABETES\",\"status\":\"ACTIVE\"},"
        + "{\"code\":\"VARICOSE_VEINS\",\"status\":\"ACTIVE\"},"
        + "{\"code\":\"PSORIASIS\",\"status\":\"RESOLVED\",\"since\":\"2024-05-01\"}]");
    assertThat(err.toString().lines())
        .first().isEqualTo("regimen: not imported (5):");
    assertThat(err.toString()).contains("  Bundle.entry[4].resource.code: no mapping in import-codes.json")
        .doesNotContain("J45");
  }

  @Test
  void importFhirCompletesARequest() {
    int status = RegimenCli.execute(context, "import-fhir", "--request",
        FHIR.resolve("import/request.json").toString(), FHIR.resolve("import/patient-record.json").toString());
    assertThat(status).isEqualTo(ImportFhirCommand.INCOMPLETE);
    TreatmentRequest request = JSON.readRequest(out.toString());
    assertThat(request.treatment()).contains("plasma");
    assertThat(request.patient().labResults()).hasSize(5); // three coded results, two measured values
    assertThat(request.patient().procedures()).hasValueSatisfying(p -> assertThat(p).hasSize(1));
  }

  @Test
  void aFileThatIsNoBundleIsAnInvalidInput() {
    int status = RegimenCli.execute(context, "import-fhir", "requests/prp-stretch-marks.json");
    assertThat(status).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).contains("$: must be a FHIR R4 Bundle in JSON");
  }
}
