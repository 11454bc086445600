package org.regimen.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Says in words why a file could not be read or written, never with an exception's class name. */
final class IoReasons {
  private IoReasons() {}

  /** Why writing {@code target} failed, e.g. "the folder 'out' does not exist". */
  static String whyNotWritten(Path target, Exception failure) {
    if (failure instanceof InvalidPathException) {
      return "it is not a valid file name";
    }
    if (failure instanceof NoSuchFileException) {
      Path folder = target.toAbsolutePath().getParent();
      return folder == null ? "its folder does not exist" : "the folder '" + folder + "' does not exist";
    }
    if (failure instanceof AccessDeniedException) {
      return "permission denied";
    }
    String reason = reason(failure);
    return reason.isEmpty() ? "the file system refused it" : reason;
  }

  /** ": reason" for a failed read, or nothing when the platform gives no reason. */
  static String because(IOException failure) {
    String reason = reason(failure);
    return reason.isEmpty() ? "" : ": " + reason;
  }

  /** The platform's own words (e.g. "Is a directory", "No space left on device"), lower-cased. */
  private static String reason(Exception failure) {
    String reason =
        failure instanceof FileSystemException fileSystem ? fileSystem.getReason() : failure.getMessage();
    if (reason == null || reason.isBlank()) {
      return "";
    }
    String line = reason.lines().findFirst().orElse("").strip();
    return line.isEmpty() ? "" : Character.toLowerCase(line.charAt(0)) + line.substring(1);
  }
}
