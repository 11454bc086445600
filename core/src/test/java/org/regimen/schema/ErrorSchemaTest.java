package org.regimen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.json.RegimenJson;

/** The error documents RegimenJson writes are valid against error.schema.json. */
class ErrorSchemaTest {
  private static final RegimenJson JSON = RegimenJson.create();

  @Test
  void errorsForTheInvalidSamplesAreValidAloneAndAsBatchLines() throws IOException {
    for (String name : List.of("unknown-field.json", "bad-enum.json", "bad-date.json", "wrong-type.json", "missing-indication.json")) {
      String request = Files.readString(Path.of("../examples/requests/invalid", name), StandardCharsets.UTF_8);
      InvalidRequestException error = catchThrowableOfType(InvalidRequestException.class, () -> JSON.readRequest(request));
      assertThat(error.requestId()).isPresent();

      assertValid(JSON.writeErrors(error));
      assertValid(JSON.writeErrors(error, 7));
    }
  }

  @Test
  void errorsWithoutAnIdAreValid() {
    InvalidRequestException error = catchThrowableOfType(InvalidRequestException.class, () -> JSON.readRequest("{\"id\": \"Jane Doe\", \"asOf\": null}"));
    assertThat(error.requestId()).isEmpty();
    assertValid(JSON.writeErrors(error));
    assertValid(JSON.writeErrors(new InvalidRequestException(Optional.empty(), List.of(Problem.of("$", "is not valid JSON (line 1, column 2)"))), 1));
  }

  @Test
  void theSchemaKnowsTheShape() {
    assertThat(Schemas.errors(Schemas.ERROR, "{\"errors\": []}")).isNotEmpty();
    assertThat(Schemas.errors(Schemas.ERROR, "{\"errors\": [{\"path\": \"$\"}]}")).isNotEmpty();
    assertThat(Schemas.errors(Schemas.ERROR, "{\"line\": 0, \"errors\": [{\"path\": \"$\", \"message\": \"m\"}]}")).isNotEmpty();
    assertThat(Schemas.errors(Schemas.ERROR, "{\"errors\": [{\"path\": \"$\", \"message\": \"m\"}], \"extra\": 1}")).isNotEmpty();
  }

  private static void assertValid(String json) {
    assertThat(Schemas.errors(Schemas.ERROR, json)).as(json).isEmpty();
  }
}
