package org.regimen.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.plan.TreatmentPlan;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.ProtocolLoader;
import org.regimen.request.BodyArea;
import org.regimen.request.Clinic;
import org.regimen.request.Indication;
import org.regimen.spi.TreatmentModule;
import org.regimen.testing.RequestGenerator;

/**
 * Issue 15: the clinic's name and phone went into the handout unescaped (Markdown and, once the
 * handout is rendered, HTML injection). Every text from outside the handout's own words is escaped.
 */
class MarkdownInjectionTest {
  private static final Protocol SAMPLE =
      ProtocolLoader.load(MarkdownInjectionTest.class, "org/regimen/protocol/sample-protocol.json");
  private static final TreatmentModule MODULE = () -> SAMPLE;
  private static final Regimen REGIMEN = Regimen.of(TreatmentCatalog.of(List.of(MODULE)));

  @Test
  void markupInTheClinicsNameAndPhoneIsShownAsText() {
    TreatmentPlan plan = REGIMEN.plan(new RequestGenerator(SAMPLE.id(), EnumSet.of(Indication.STRETCH_MARKS), EnumSet.of(BodyArea.ABDOMEN)).generate(7));
    Clinic clinic =
        Clinic.builder()
            .name("[Click here](http://evil.example) <script>alert(1)</script> **now**")
            .phone("+1 555\n# Fake heading\n- ![img](http://x)")
            .build();

    String handout = Handout.markdown(plan, Optional.of(clinic));

    String contact = handout.substring(handout.indexOf("## Whom to call"));
    assertThat(contact)
        .contains("\\[Click here\\](http://evil.example) \\<script\\>alert(1)\\</script\\> \\*\\*now\\*\\*")
        .contains("+1 555 \\# Fake heading - \\!\\[img\\](http://x)")
        .doesNotContain("<script>")
        .doesNotContainPattern("(?m)^# Fake");
  }

  @Test
  void escapesEveryMarkdownSpecialAndFlattensLineBreaks() {
    assertThat(MarkdownText.escape("a_b*c`d[e]f<g>h|i~j&k!l#m\\n"))
        .isEqualTo("a\\_b\\*c\\`d\\[e\\]f\\<g\\>h\\|i\\~j\\&k\\!l\\#m\\\\n");
    assertThat(MarkdownText.escape("one\r\ntwo\u2028three\u0007")).isEqualTo("one  two three");
    assertThat(MarkdownText.escape("Plain words, (with) 1-2 days.")).isEqualTo("Plain words, (with) 1-2 days.");
  }
}
