package org.regimen.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.regimen.validation.RequestValidator;

/** Property: every valid request written to JSON reads back equal. */
class RequestRoundTripTest {
  private final RegimenJson json = RegimenJson.create();

  @Test
  void generatedRequestsAreValid() {
    qt().withExamples(300)
        .forAll(RequestGenerators.requests())
        .checkAssert(request -> assertThat(RequestValidator.validate(request)).isEmpty());
  }

  @Test
  void writeThenReadGivesTheSameRequest() {
    qt().withExamples(500)
        .forAll(RequestGenerators.requests())
        .checkAssert(request -> assertThat(json.readRequest(json.writeRequest(request))).isEqualTo(request));
  }

  @Test
  void writingIsDeterministic() {
    qt().withExamples(100)
        .forAll(RequestGenerators.requests())
        .checkAssert(
            request ->
                assertThat(json.writeRequest(json.readRequest(json.writeRequest(request))))
                    .isEqualTo(json.writeRequest(request)));
  }
}
