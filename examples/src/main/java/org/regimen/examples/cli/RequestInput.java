package org.regimen.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.json.RegimenJson;

/**
 * Reads a request's text from a file or standard input. A request that cannot be read is an invalid
 * request with the path {@code $} (the whole document), so scripts get the same error JSON and exit
 * status as for a request that cannot be parsed; the message names the file, as the user typed it.
 */
final class RequestInput {
  /** Far above any real request; keeps a wrong file (an image, a log) from filling the memory. */
  static final int MAX_BYTES = 4 * 1024 * 1024;

  private static final String STANDARD_INPUT = "-";

  private RequestInput() {}

  /**
   * @param file the file name, or {@code null} or {@code -} for standard input
   * @throws InvalidRequestException with path {@code $} if the request cannot be read
   */
  static String read(String file, InputStream standardInput) {
    if (file == null || file.equals(STANDARD_INPUT)) {
      try {
        return decode(standardInput.readNBytes(MAX_BYTES + 1));
      } catch (IOException e) {
        throw unreadable("standard input cannot be read");
      }
    }
    String named = "the request file '" + file + "'";
    try {
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        throw unreadable(named + " is a directory");
      }
      if (Files.size(path) > MAX_BYTES) {
        throw unreadable(tooLarge());
      }
      return decode(Files.readAllBytes(path));
    } catch (InvalidPathException e) {
      throw unreadable(named + " is not a valid path");
    } catch (NoSuchFileException e) {
      throw unreadable(named + " does not exist");
    } catch (AccessDeniedException e) {
      throw unreadable(named + " cannot be read: permission denied");
    } catch (IOException e) {
      throw unreadable(named + " cannot be read" + IoReasons.because(e));
    }
  }

  private static String decode(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw unreadable(tooLarge());
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      // One encoding policy for every entry point: the library says what is wrong (UTF-16, UTF-32,
      // malformed UTF-8) in the words the batch and RegimenJson use. It rejects these bytes too.
      RegimenJson.create().readRequest(new ByteArrayInputStream(bytes));
      throw unreadable("the request is not UTF-8 text");
    }
  }

  private static String tooLarge() {
    return "the request is larger than " + MAX_BYTES / (1024 * 1024) + " MiB";
  }

  private static InvalidRequestException unreadable(String message) {
    return new InvalidRequestException(List.of(Problem.of("$", message)));
  }
}
