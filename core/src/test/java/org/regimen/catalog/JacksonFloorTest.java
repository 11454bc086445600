package org.regimen.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;

/** The Jackson floor (issue 11: 2.13 failed inside Regimen.load(), 2.15 at the first JSON call). */
class JacksonFloorTest {

  private static Version version(int major, int minor, int patch) {
    return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "jackson-databind");
  }

  @Test
  void the_floor_and_newer_pass() {
    assertThat(JacksonFloor.check("jackson-databind", version(2, 16, 0))).isEmpty();
    assertThat(JacksonFloor.check("jackson-databind", version(2, 22, 4))).isEmpty();
    assertThat(JacksonFloor.check("jackson-databind", version(3, 0, 0))).isEmpty();
  }

  @Test
  void an_older_minor_is_named_with_the_floor() {
    assertThat(JacksonFloor.check("jackson-databind", version(2, 15, 4)))
        .hasValueSatisfying(
            message ->
                assertThat(message)
                    .contains("requires Jackson 2.16 or newer")
                    .contains("jackson-databind 2.15.4"));
    assertThat(JacksonFloor.check("jackson-core", version(2, 13, 5)))
        .hasValueSatisfying(message -> assertThat(message).contains("jackson-core 2.13.5"));
    assertThat(JacksonFloor.check("jackson-core", version(1, 9, 13))).isPresent();
  }

  @Test
  void the_jackson_on_this_class_path_passes() {
    assertThatCode(JacksonFloor::require).doesNotThrowAnyException();
  }
}
