package org.regimen.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Issue 15, "CI fuzzes for a short time": {@link JsonReadingFuzzTest}'s property, fuzzed for a few seconds
 * in every build by its own surefire execution (core's pom, JAZZER_FUZZ=1: Jazzer fuzzes one
 * {@code @FuzzTest} per JVM). Its corpus replay stays with {@link JsonReadingFuzzTest}.
 */
class JsonReadingFuzzCi {
  @FuzzTest(maxDuration = "10s")
  void readRequest(byte[] input) {
    JsonReadingFuzzTest.check(input);
  }
}
