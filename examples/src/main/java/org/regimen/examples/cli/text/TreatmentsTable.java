package org.regimen.examples.cli.text;

import java.util.List;
import org.regimen.spi.ModuleDescriptor;

/** The installed treatment modules as a text table. */
public final class TreatmentsTable {
  private TreatmentsTable() {}

  public static String format(List<ModuleDescriptor> treatments) {
    if (treatments.isEmpty()) {
      return "No treatment modules found on the class path.\n";
    }
    TextTable table = new TextTable("ID", "NAME", "PROTOCOL");
    for (ModuleDescriptor treatment : treatments) {
      table.row(treatment.id(), treatment.name(), treatment.protocolVersion());
    }
    return table.render("");
  }
}
