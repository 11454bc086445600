package org.regimen.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.regimen.protocol.ProtocolBases;
import org.regimen.protocol.ProtocolException;
import org.regimen.protocol.Protocol;
import org.regimen.request.Indication;

/** The protocol keys for consultations: alternatives, sameDayWithOthers, sequencing, blocksProcedures. */
class CombinationFormatTest {
  @Test
  void readsTheNewKeysWithTheirBases() {
    Protocol weekly = ConsultFixtures.weekly().protocol();
    Protocol follower = ConsultFixtures.follower().protocol();

    assertThat(weekly.alternatives()).hasSize(3);
    assertThat(weekly.alternatives().get(0).indications()).containsExactly(Indication.STRETCH_MARKS);
    assertThat(weekly.allowsSameDayWithOthers()).isFalse();
    assertThat(follower.follows("weekly")).isTrue();
    assertThat(follower.courses().get(0).aftercare()).anySatisfy(a -> assertThat(a.blocksProcedures()).isTrue());
    assertThat(ProtocolBases.bases(weekly)).extracting(ProtocolBases.Located::path).contains("alternatives[0]");
    assertThat(ProtocolBases.bases(follower)).extracting(ProtocolBases.Located::path).contains("sequencing");
  }

  @Test
  void brokenKeysFailWithTheirPaths() {
    ObjectNode tree = ConsultFixtures.weeklyTree();
    ((ObjectNode) tree.get("alternatives").get(0)).remove("indications");
    ObjectNode sequencing = tree.putObject("sequencing");
    sequencing.putArray("after").add("weekly");
    sequencing.put("source", "001").put("words", "x");
    tree.putObject("sameDayWithOthers").put("source", "001").put("words", "x");
    ObjectNode preparation = (ObjectNode) ((ArrayNode) tree.get("courses").get(0).get("preparation")).get(0);
    preparation.put("blocksProcedures", true);

    assertThatThrownBy(() -> ConsultFixtures.parse(tree))
        .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.problems().stream()
                .map(p -> p.path() + ": " + p.message()))
            .anySatisfy(p -> assertThat(p).startsWith("alternatives[0].indications"))
            .anySatisfy(p -> assertThat(p).startsWith("sequencing.after[0]"))
            .anySatisfy(p -> assertThat(p).startsWith("sameDayWithOthers.value"))
            .anySatisfy(p -> assertThat(p).startsWith("courses[0].preparation[0].blocksProcedures")));
  }
}
