package org.regimen.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.regimen.protocol.Baseline;
import org.regimen.protocol.Coverage;
import org.regimen.protocol.Fact;
import org.regimen.protocol.FactKind;
import org.regimen.protocol.NotRelevant;
import org.regimen.protocol.Protocol;

/**
 * Exhaustiveness (issue 10): every value of every fact kind the request model has, read from its
 * enums, gets a verdict in a therapy's protocol, and a therapy names each not-relevant fact one by
 * one, so that a value added to the request model later fails here until every therapy judges it.
 *
 * @since 0.1.0
 */
public final class SafetyCoverageChecks {
  private SafetyCoverageChecks() {}

  /**
   * Every fact the coverage matrix knows has a verdict for the protocol: rules that judge it, or a
   * declaration that it is not relevant, with its source.
   *
   * @param protocol a therapy's protocol
   */
  public static void everyFactHasAVerdict(Protocol protocol) {
    Map<Fact, Coverage.Verdict> verdicts = Coverage.verdicts(protocol, Baseline.standard());
    assertThat(verdicts.keySet()).as("the facts judged are the request model's").containsExactlyElementsOf(FactKind.allFacts());
    for (Coverage.Verdict verdict : verdicts.values()) {
      assertThat(verdict.judged()).as("%s has a verdict in %s", verdict.fact(), protocol.id()).isTrue();
    }
    for (NotRelevant notRelevant : protocol.notRelevant()) {
      assertThat(notRelevant.kinds())
          .as("%s declares whole kinds not relevant: a therapy names each fact, so a new value is decided, not inherited", protocol.id())
          .isEmpty();
      assertThat(notRelevant.basis().words()).as("the reason a fact is not relevant").isNotBlank();
    }
  }
}
