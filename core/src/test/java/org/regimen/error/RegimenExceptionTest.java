package org.regimen.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regimen.catalog.CatalogException;
import org.regimen.json.RegimenJson;
import org.regimen.protocol.Glossary;
import org.regimen.protocol.ProtocolException;
import org.regimen.protocol.ProtocolLoader;

/** Every bad-input path fails with one base type and one problem model (issue 11). */
class RegimenExceptionTest {

  @Test
  void aBadRequestIsARegimenExceptionWithItsFieldPath() {
    assertThatThrownBy(() -> RegimenJson.create().readRequest("{\"asOf\": \"soon\"}"))
        .isInstanceOf(InvalidRequestException.class)
        .isInstanceOfSatisfying(
            RegimenException.class,
            e -> assertThat(e.problems()).extracting(Problem::path).contains("asOf"));
  }

  @Test
  void aBadProtocolDocumentIsARegimenExceptionWithTheDocumentPath() {
    byte[] notJson = "{ \"id\": ".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(
            () -> ProtocolLoader.parse("broken.json", new ByteArrayInputStream(notJson), Glossary.standard()))
        .isInstanceOf(ProtocolException.class)
        .isInstanceOfSatisfying(
            RegimenException.class,
            e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("(document)"));
  }

  @Test
  void aCatalogFailureIsARegimenException() {
    RegimenException e = new CatalogException("two treatment modules have the id 'prp'");

    assertThat(e.problems()).containsExactly(Problem.of("(catalog)", "two treatment modules have the id 'prp'"));
  }

  @Test
  void protocolProblemsGivenAsTextAreSplitIntoPathAndRule() {
    ProtocolException e =
        new ProtocolException("p.json", List.of("courses[0].id: is required", "is empty"));

    assertThat(e.problems())
        .containsExactly(
            Problem.of("courses[0].id", "is required"), Problem.of("(document)", "is empty"));
    assertThat(e).hasMessage("p.json: courses[0].id: is required; (document): is empty");
    assertThat(e.resource()).isEqualTo("p.json");
  }

  @Test
  void aFailureWithoutProblemsIsRefused() {
    assertThatThrownBy(() -> new InvalidRequestException(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("problems: must not be empty");
    assertThatThrownBy(() -> ProtocolException.of("p.json", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
