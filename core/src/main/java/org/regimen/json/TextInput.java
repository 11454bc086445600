package org.regimen.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The one encoding policy of every entry point: UTF-8 only. A leading byte-order mark (U+FEFF) is
 * dropped wherever the text comes from (bytes, a reader or a string). UTF-16 and UTF-32 (with or
 * without their marks), bytes that are not UTF-8 and unpaired surrogates in a string are each a
 * problem at {@code $} whose message never shows the input.
 */
final class TextInput {
  static final String NOT_UTF8 = "is not UTF-8 text; send JSON encoded as UTF-8";
  static final String UTF16_OR_32 =
      "is not UTF-8 text: it looks like UTF-16 or UTF-32; send JSON encoded as UTF-8";
  static final String BROKEN_UNICODE =
      "is not valid Unicode text (an unpaired surrogate); send JSON encoded as UTF-8";

  /** UTF-8 takes at most 4 bytes a character: a longer input exceeds the character limit anyway. */
  static final int MAX_BYTES = TreeParser.MAX_DOCUMENT_CHARS * 4;

  private static final char BOM = '\uFEFF';

  private TextInput() {}

  /** The text of {@code in} (read to its end, or just past the limit), or a problem. */
  static Optional<String> read(InputStream in, TreeReader reader) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      // The stream failed, not the request: the caller's I/O error, as for any stream.
      throw new UncheckedIOException(e);
    }
    if (bytes.length > MAX_BYTES) {
      reader.problem("", TreeParser.documentTooLarge());
      return Optional.empty();
    }
    return decode(bytes, 0, bytes.length, reader);
  }

  static Optional<String> read(Reader in, TreeReader reader) {
    char[] buffer = new char[8192];
    StringBuilder text = new StringBuilder();
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        text.append(buffer, 0, n);
        if (text.length() > TreeParser.MAX_DOCUMENT_CHARS + 1) {
          reader.problem("", TreeParser.documentTooLarge());
          return Optional.empty();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return check(text.toString(), reader);
  }

  static Optional<String> decode(byte[] bytes, int offset, int length, TreeReader reader) {
    if (looksLikeUtf16Or32(bytes, offset, length)) {
      reader.problem("", UTF16_OR_32);
      return Optional.empty();
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, length))
              .toString();
      return Optional.of(withoutBom(text));
    } catch (CharacterCodingException e) {
      reader.problem("", NOT_UTF8);
      return Optional.empty();
    }
  }

  /** A string from a caller: the same policy as for bytes, as far as a string can show it. */
  static Optional<String> check(String text, TreeReader reader) {
    String body = withoutBom(text);
    // A NUL among the first characters is UTF-16 or UTF-32 decoded as if it were 8-bit text.
    for (int i = 0; i < Math.min(4, body.length()); i++) {
      if (body.charAt(i) == '\u0000') {
        reader.problem("", UTF16_OR_32);
        return Optional.empty();
      }
    }
    if (!body.isEmpty() && (body.charAt(0) == '\uFFFE' || body.startsWith("\u00FE\u00FF")
        || body.startsWith("\u00FF\u00FE"))) {
      reader.problem("", UTF16_OR_32);
      return Optional.empty();
    }
    if (hasUnpairedSurrogate(body)) {
      reader.problem("", BROKEN_UNICODE);
      return Optional.empty();
    }
    return Optional.of(body);
  }

  private static String withoutBom(String text) {
    return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
  }

  /**
   * RFC 4627's detection: JSON starts with an ASCII character, so a NUL among the first four bytes,
   * or the byte-order mark of UTF-16 or UTF-32, means one of those encodings.
   */
  private static boolean looksLikeUtf16Or32(byte[] bytes, int offset, int length) {
    int end = offset + Math.min(4, length);
    for (int i = offset; i < end; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    if (length >= 2) {
      int b0 = bytes[offset] & 0xFF;
      int b1 = bytes[offset + 1] & 0xFF;
      return (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE);
    }
    return false;
  }

  private static boolean hasUnpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
