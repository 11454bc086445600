package org.regimen.ical;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The calendar's own patient-facing words in one language, from {@code labels_<language>.properties}.
 * The texts taken from the plan (instructions, visit purposes) are already in the plan's language;
 * these are only the few words around them.
 */
final class Labels {
  private static final String BUNDLE = "org.regimen.ical.labels";

  private final ResourceBundle bundle;
  private final String language;

  private Labels(ResourceBundle bundle, String language) {
    this.bundle = bundle;
    this.language = language;
  }

  /**
   * The labels for {@code language}, or English when there are none for it: the language actually
   * used is {@link #language()}, so that the calendar never tags English words as another language.
   */
  static Labels forLanguage(String language) {
    Locale locale = Locale.forLanguageTag(language);
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE, locale, Labels.class.getClassLoader(), NoFallback.INSTANCE);
    String found = bundle.getLocale().getLanguage();
    return new Labels(bundle, found.isEmpty() ? "en" : found);
  }

  String language() {
    return language;
  }

  String text(String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("labels_" + language + ".properties: no key " + key, e);
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
  }

  /**
   * Looks only at the asked language and then at English, never at the JVM's default locale: the
   * same plan gives the same calendar on every machine.
   */
  private static final class NoFallback extends ResourceBundle.Control {
    static final NoFallback INSTANCE = new NoFallback();

    @Override
    public java.util.List<Locale> getCandidateLocales(String baseName, Locale locale) {
      return java.util.List.of(new Locale(locale.getLanguage()), Locale.ENGLISH);
    }

    @Override
    public Locale getFallbackLocale(String baseName, Locale locale) {
      return null;
    }
  }
}
