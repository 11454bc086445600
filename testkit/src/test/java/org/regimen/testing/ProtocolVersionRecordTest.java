package org.regimen.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.ProtocolLoader;

/** The version record check fails exactly when a protocol's content moved without its version. */
class ProtocolVersionRecordTest {
  private static final Protocol MINIMAL =
      ProtocolLoader.load(ProtocolVersionRecordTest.class, "org/regimen/catalog/minimal-protocol.json");
  private static final String OLD = "0".repeat(64);

  @TempDir Path resources;

  @Test
  void theRecordedDigestOfTheCurrentVersionPasses() throws IOException {
    ClassLoader loader = record("\"0.9.0\": \"" + OLD + "\", \"1.2.3\": \"" + MINIMAL.digest() + "\"");

    assertThat(MINIMAL.version()).isEqualTo("1.2.3");
    assertThatCode(() -> ProtocolVersionRecord.check(MINIMAL, loader)).doesNotThrowAnyException();
  }

  @Test
  void changedContentUnderTheSameVersionFailsTellingTheAuthorWhatToDo() throws IOException {
    ClassLoader loader = record("\"1.2.3\": \"" + OLD + "\"");

    assertThatThrownBy(() -> ProtocolVersionRecord.check(MINIMAL, loader))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "the content of protocol 'minimal' changed but its version is still 1.2.3 (recorded digest "
                + OLD + ", now " + MINIMAL.digest() + "): raise \"version\" in the protocol document"
                + " (MAJOR.MINOR.PATCH) and add the new version with \"" + MINIMAL.digest()
                + "\" to src/test/resources/protocol-versions.json; never change a recorded digest");
  }

  @Test
  void anUnrecordedVersionFailsWithTheLineToAdd() throws IOException {
    ClassLoader loader = record("\"0.9.0\": \"" + OLD + "\"");

    assertThatThrownBy(() -> ProtocolVersionRecord.check(MINIMAL, loader))
        .hasMessageContaining("version 1.2.3 is not recorded")
        .hasMessageContaining("\"1.2.3\": \"" + MINIMAL.digest() + "\"");
  }

  @Test
  void aVersionLowerThanARecordedOneFails() throws IOException {
    ClassLoader loader =
        record("\"1.2.3\": \"" + MINIMAL.digest() + "\", \"1.10.0\": \"" + OLD + "\"");

    assertThatThrownBy(() -> ProtocolVersionRecord.check(MINIMAL, loader))
        .hasMessageContaining("version 1.2.3 is lower than recorded version 1.10.0");
  }

  @Test
  void aMissingRecordFailsWithTheFileToCreate() {
    ClassLoader empty = new URLClassLoader(new URL[0], null);

    assertThatThrownBy(() -> ProtocolVersionRecord.check(MINIMAL, empty))
        .hasMessageStartingWith("src/test/resources/protocol-versions.json is missing: create it with")
        .hasMessageContaining(MINIMAL.digest());
  }

  private ClassLoader record(String versions) throws IOException {
    Files.writeString(
        resources.resolve(ProtocolVersionRecord.RESOURCE),
        "{\"protocol\": \"minimal\", \"versions\": {" + versions + "}}",
        StandardCharsets.UTF_8);
    return new URLClassLoader(new URL[] {resources.toUri().toURL()}, null);
  }
}
