package org.regimen.ical;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The calendar's own patient-facing words in one language, from {@code labels_<language>.properties}.
 * The texts taken from the plan (instructions, visit purposes) are already in the plan's language;
 * these are only the few words around them.
 *
 * <p>Read as properties beside this class rather than through {@code ResourceBundle}: a bundle with
 * its own lookup ({@code ResourceBundle.Control}) is refused in a named module, and the lookup here
 * is simple: the asked language, else English, never the JVM's default locale, so the same plan
 * gives the same calendar on every machine.
 */
final class Labels {
  private static final String ENGLISH = "en";

  private final Properties texts;
  private final String language;

  private Labels(Properties texts, String language) {
    this.texts = texts;
    this.language = language;
  }

  /**
   * The labels for {@code language}, or English when there are none for it: the language actually
   * used is {@link #language()}, so that the calendar never tags English words as another language.
   */
  static Labels forLanguage(String language) {
    String asked = Locale.forLanguageTag(language).getLanguage();
    return read(asked)
        .map(texts -> new Labels(texts, asked))
        .orElseGet(() -> new Labels(read(ENGLISH).orElseThrow(
            () -> new IllegalStateException("labels_en.properties: missing from the module")), ENGLISH));
  }

  String language() {
    return language;
  }

  String text(String key, Object... arguments) {
    String pattern = texts.getProperty(key);
    if (pattern == null) {
      throw new IllegalStateException("labels_" + language + ".properties: no key " + key);
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
  }

  private static Optional<Properties> read(String language) {
    if (language.isEmpty() || !language.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return Optional.empty();
    }
    InputStream in = Labels.class.getResourceAsStream("labels_" + language + ".properties");
    if (in == null) {
      return Optional.empty();
    }
    Properties texts = new Properties();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      texts.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("labels_" + language + ".properties", e);
    }
    return Optional.of(texts);
  }
}
