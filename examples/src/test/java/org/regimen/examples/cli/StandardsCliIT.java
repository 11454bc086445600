package org.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regimen.json.RegimenJson;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;

/** {@code plan --fhir/--ical} and {@code protocol --fhir}, run from the built jar. */
class StandardsCliIT {
  private static final Path SAMPLE = CliProcess.REQUESTS.resolve("plasma-antibiotics-cycle-missing-tests.json");
  private static final FhirContext FHIR = FhirContext.forR4Cached();

  @TempDir Path dir;

  @Test
  void planWritesAFhirBundleAndACalendarWithTheSessionsOfThePrintedPlan()
      throws IOException, ParserException {
    Path fhir = dir.resolve("plan.json");
    Path ical = dir.resolve("plan.ics");
    CliProcess.Result result =
        CliProcess.run("plan", "--json", "--fhir", fhir.toString(), "--ical", ical.toString(), SAMPLE.toString());

    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isZero();
    TreatmentPlan plan = RegimenJson.create().readPlan(result.out());
    List<String> days = plan.sessions().stream().map(Session::date).map(Object::toString).toList();

    Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, Files.readString(fhir, StandardCharsets.UTF_8));
    assertThat(bundle.getEntryFirstRep().getResource()).isInstanceOf(CarePlan.class);
    assertThat(bundle.getEntry().stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(Appointment.class::isInstance)
            .map(r -> ((Appointment) r).getRequestedPeriodFirstRep().getStartElement().getValueAsString())
            .toList())
        .containsAll(days);

    Calendar calendar;
    try (Reader in = Files.newBufferedReader(ical, StandardCharsets.UTF_8)) {
      calendar = new CalendarBuilder().build(in);
    }
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(events).hasSize(plan.sessions().size() + plan.visits().size());
    assertThat(events.subList(0, days.size()))
        .extracting(e -> e.getProperty(Property.DTSTART).orElseThrow().getValue())
        .containsExactlyElementsOf(days.stream().map(d -> d.replace("-", "")).toList());
  }

  @Test
  void anUnwritableFileFailsWithoutPrintingThePlan() {
    Path missing = dir.resolve("no-such-dir").resolve("plan.ics");
    CliProcess.Result result = CliProcess.run("plan", "--ical", missing.toString(), SAMPLE.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("regimen: cannot write the iCalendar file:");
  }

  @Test
  void protocolWritesAVersionedPlanDefinition() throws IOException {
    Path file = dir.resolve("prp.json");
    CliProcess.Result result = CliProcess.run("protocol", "--fhir", file.toString(), "prp");

    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isZero();
    Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, Files.readString(file, StandardCharsets.UTF_8));
    PlanDefinition definition = (PlanDefinition) bundle.getEntryFirstRep().getResource();
    assertThat(definition.getUrl()).isEqualTo("https://regimen.org/fhir/PlanDefinition/prp");
    assertThat(definition.getVersion()).isNotBlank();
    assertThat(definition.getAction()).isNotEmpty();
  }

  @Test
  void protocolExportsALoadedVariantAsItsOwnPlanDefinition() throws IOException {
    Path file = dir.resolve("variant.json");
    Path variant = CliProcess.MODULE_DIR.resolve("variants").resolve("prp-striae-monthly.json");
    CliProcess.Result result =
        CliProcess.run("protocol", "--variant", variant.toString(), "--fhir", file.toString(), "prp-striae-monthly");

    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isZero();
    Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, Files.readString(file, StandardCharsets.UTF_8));
    PlanDefinition definition = (PlanDefinition) bundle.getEntryFirstRep().getResource();
    assertThat(definition.getUrl()).isEqualTo("https://regimen.org/fhir/PlanDefinition/prp-variant-prp-striae-monthly");
    assertThat(definition.getVersion()).isEqualTo("1.0.0");
  }

  @Test
  void protocolOfAnUnknownIdNamesTheLoadedVariants() {
    Path variant = CliProcess.MODULE_DIR.resolve("variants").resolve("prp-striae-monthly.json");
    CliProcess.Result result = CliProcess.run("protocol", "--variant", variant.toString(), "botox");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("No treatment module 'botox'", "variants loaded: prp-striae-monthly");
  }

  @Test
  void protocolOfAnUnknownTreatmentIsAUsageError() {
    CliProcess.Result result = CliProcess.run("protocol", "botox");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("No treatment module 'botox'", "prp");
  }

  @Test
  void questionnaireAndImportRunFromTheJar() {
    Path fhir = CliProcess.MODULE_DIR.resolve("fhir");
    CliProcess.Result form = CliProcess.run("questionnaire", "stemcell");
    assertThat(form.exitCode()).isZero();
    assertThat(FHIR.newJsonParser().parseResource(org.hl7.fhir.r4.model.Questionnaire.class, form.out()).getUrl())
        .isEqualTo("https://regimen.org/fhir/Questionnaire/intake-stemcell");

    CliProcess.Result imported = CliProcess.run("import-fhir", "--request",
        fhir.resolve("import/request.json").toString(), fhir.resolve("import/patient-record.json").toString());
    assertThat(imported.exitCode()).isEqualTo(3);
    assertThat(RegimenJson.create().readRequest(imported.out()).patient().conditions()).isPresent();
    assertThat(imported.err()).startsWith("regimen: not imported (5):");
  }
}
