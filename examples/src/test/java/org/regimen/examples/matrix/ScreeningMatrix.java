package org.regimen.examples.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.protocol.Coverage;
import org.regimen.protocol.Fact;
import org.regimen.protocol.FactKind;
import org.regimen.protocol.NotRelevant;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.Source;
import org.regimen.protocol.Baseline;
import org.regimen.spi.TreatmentModule;

/**
 * Writes {@code docs/screening-matrix.md}: for every fact a request can record and every installed
 * therapy, the rules that react to it (severity, finding code, source) or the declared "not
 * relevant" with its reason. Generated from the loaded protocols and the core baseline, so the
 * published matrix is what screening does.
 */
final class ScreeningMatrix {
  static final String REGENERATE =
      "./mvnw -B -pl examples -am verify -Dtest=ScreeningMatrixTest -Dsurefire.failIfNoSpecifiedTests=false"
          + " -Dregimen.updateMatrix=true";

  private final Map<String, Protocol> protocols = new LinkedHashMap<>();
  private final Map<String, Map<Fact, Coverage.Verdict>> verdicts = new LinkedHashMap<>();

  private final String title;
  private final String regenerate;

  ScreeningMatrix(TreatmentCatalog catalog) {
    this.title = "# Screening matrix: what each therapy does with each recorded fact\n\n";
    this.regenerate = REGENERATE;
    for (TreatmentModule module : catalog.modules()) {
      Protocol protocol = module.protocol();
      protocols.put(protocol.id(), protocol);
      verdicts.put(protocol.id(), Coverage.verdicts(protocol, Baseline.standard()));
    }
  }

  /**
   * The matrix of a clinic's variants (docs/variants.md), one column per variant: its protocol with
   * the variant's rules applied, so an added or raised rule shows where it acts.
   */
  ScreeningMatrix(List<org.regimen.protocol.Variant> variants, String regenerate) {
    this.title = "# Screening matrix of the sample variants (examples/variants)\n\n";
    this.regenerate = regenerate;
    for (org.regimen.protocol.Variant variant : variants) {
      protocols.put(variant.id(), variant.protocol());
      verdicts.put(variant.id(), Coverage.verdicts(variant.protocol(), Baseline.standard()));
    }
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append(title)
        .append("Generated from the loaded protocols and the core baseline by `ScreeningMatrix`")
        .append(" (examples module, test scope). Do not edit by hand: a test fails when this file is")
        .append(" stale. Regenerate it with\n\n```sh\n")
        .append(regenerate)
        .append("\n```\n\n")
        .append("Each cell lists the rules that react to the fact in that therapy: severity, finding")
        .append(" code and source id (sources are listed per therapy below; `regimen-default` is a")
        .append(" documented default with its reason). `*` marks a baseline rule the protocol")
        .append(" overrides, `+` a rule of the protocol's own; a rule without a mark is the core")
        .append(" baseline as is. \"not relevant\" is a verdict the protocol declares, with the reason")
        .append(" listed per therapy. Severities: `ABSOLUTE` (ruled out), `TEMPORARY` (deferred until")
        .append(" it ends), `RELATIVE` (a practitioner or physician clears it), `PRECAUTION` (treated")
        .append(" with care). An area finding removes its area unless the rule concerns the whole")
        .append(" patient (see each PROTOCOL.md). A condition is judged by its status: a rule that")
        .append(" names statuses (\"when ...\") judges only those; one without judges ACTIVE, CONTROLLED")
        .append(" and IN_REMISSION; a condition recorded without a status is judged as ACTIVE, and one")
        .append(" recorded RESOLVED is history, judged only by a rule that names RESOLVED. Versions: ")
        .append(protocols.entrySet().stream().map(e -> "`" + e.getKey() + "` " + e.getValue().id() + " " + e.getValue().version()).collect(Collectors.joining(", ")))
        .append(".\n");
    for (FactKind kind : FactKind.values()) {
      factTable(md, kind);
    }
    protocols.forEach((column, protocol) -> therapy(md, column, protocol));
    return md.toString();
  }

  private void factTable(StringBuilder md, FactKind kind) {
    md.append("\n## `").append(kind.key()).append("`\n\n| fact |");
    protocols.keySet().forEach(id -> md.append(' ').append(id).append(" |"));
    md.append("\n|---|");
    protocols.keySet().forEach(id -> md.append("---|"));
    md.append('\n');
    for (Fact fact : kind.facts()) {
      md.append("| `").append(fact.value()).append("` |");
      for (String id : protocols.keySet()) {
        md.append(' ').append(cell(verdicts.get(id).get(fact))).append(" |");
      }
      md.append('\n');
    }
  }

  private static String cell(Coverage.Verdict verdict) {
    if (!verdict.rules().isEmpty()) {
      List<String> rules = new ArrayList<>();
      for (Coverage.RuleVerdict rule : verdict.rules()) {
        String mark =
            switch (rule.origin()) {
              case BASELINE -> "";
              case BASELINE_OVERRIDDEN -> "*";
              case PROTOCOL -> "+";
            };
        // A condition rule that judges only some statuses names them; without a list it judges
        // ACTIVE, CONTROLLED and IN_REMISSION (and a status not recorded, as ACTIVE).
        String statuses =
            rule.byStatus()
                ? " when " + rule.statuses().stream().map(Enum::name).collect(Collectors.joining(", "))
                : "";
        rules.add(rule.severity() + " `" + rule.code() + "`" + mark + " (" + rule.basis().source() + ")" + statuses);
      }
      return String.join("<br>", rules);
    }
    return verdict.notRelevant().map(n -> "not relevant (" + n.basis().source() + ")").orElse("**NO VERDICT**");
  }

  private void therapy(StringBuilder md, String column, Protocol protocol) {
    md.append("\n## ").append(protocol.name()).append(" (`").append(column).append("`: ").append(protocol.id()).append(" ")
        .append(protocol.version()).append(")\n\n### Not relevant, and why\n\n| facts | source | reason |\n|---|---|---|\n");
    for (NotRelevant notRelevant : protocol.notRelevant()) {
      String facts = notRelevant.facts().stream().map(f -> "`" + f.key() + "`").collect(Collectors.joining(", "));
      md.append("| ").append(facts).append(" | ").append(notRelevant.basis().source()).append(" | ")
          .append(escape(notRelevant.basis().words())).append(" |\n");
    }
    md.append("\n### Sources\n\n");
    for (Source source : sourcesUsed(protocol)) {
      md.append("- `").append(source.id()).append("`: ").append(escape(source.label())).append('\n');
    }
  }

  /** The protocol's sources and the baseline's, by id, the protocol's first. */
  private static List<Source> sourcesUsed(Protocol protocol) {
    Map<String, Source> byId = new LinkedHashMap<>();
    protocol.sources().forEach(s -> byId.putIfAbsent(s.id(), s));
    Baseline.standard().sources().forEach(s -> byId.putIfAbsent(s.id(), s));
    return List.copyOf(byId.values());
  }

  private static String escape(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
