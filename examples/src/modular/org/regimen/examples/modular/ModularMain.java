package org.regimen.examples.modular;

import java.nio.file.Files;
import java.nio.file.Path;
import org.regimen.Regimen;
import org.regimen.ical.PlanCalendar;
import org.regimen.json.RegimenJson;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.TreatmentRequest;

/**
 * Loads every treatment module found on the module path, plans the request in the file given as
 * the argument, and prints the module ids, the plan as JSON and the plan as an iCalendar file.
 */
public final class ModularMain {
  private ModularMain() {}

  public static void main(String[] args) throws Exception {
    Regimen regimen = Regimen.load();
    RegimenJson json = RegimenJson.create();
    System.out.println("module " + ModularMain.class.getModule().getName());
    regimen.treatments().forEach(t -> System.out.println("treatment " + t.id() + " " + t.protocolVersion()));
    TreatmentRequest request = json.readRequest(Files.readString(Path.of(args[0])));
    TreatmentPlan plan = regimen.plan(request);
    System.out.println(json.writePlan(plan));
    System.out.print(PlanCalendar.of(request, plan).toIcs());
  }
}
