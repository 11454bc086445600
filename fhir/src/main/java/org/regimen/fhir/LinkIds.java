package org.regimen.fhir;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The intake Questionnaire's linkIds are the request JSON paths its answers fill, so a response
 * needs no mapping table to become a request. Three forms:
 *
 * <ul>
 *   <li>{@code patient.skin.type}: a field (a repeating item fills a list, e.g. {@code
 *       patient.conditions});
 *   <li>{@code patient.medications[*].kind}: a list of objects, one per answer, each with this key
 *       set to the answer ("which medicines do you take?");
 *   <li>{@code patient.medications[kind=ISOTRETINOIN].from}: a field of the list's object whose key
 *       has that value (a follow-up); a repeating follow-up makes one object per answer (the areas of
 *       a finding);
 *   <li>{@code patient.labResults[test=HIV]}: a repeating group, one object of the list per
 *       repetition, its fields the group's items ({@code patient.labResults[test=HIV].date}).
 * </ul>
 */
record LinkIds(String list, String key, Optional<String> value, Optional<String> field) {
  private static final Pattern SELECTOR = Pattern.compile("(.+)\\[\\*\\]\\.([A-Za-z]+)");
  private static final Pattern KEYED = Pattern.compile("(.+)\\[([A-Za-z]+)=([A-Z0-9_]+)\\]\\.([A-Za-z]+)");
  private static final Pattern ELEMENT = Pattern.compile("(.+)\\[([A-Za-z]+)=([A-Z0-9_]+)\\]");

  static String selector(String list, String key) {
    return list + "[*]." + key;
  }

  static String element(String list, String key, String value) {
    return list + "[" + key + "=" + value + "]";
  }

  static String keyed(String list, String key, String value, String field) {
    return list + "[" + key + "=" + value + "]." + field;
  }

  /** The list form of a linkId, or empty for a plain field path. */
  static Optional<LinkIds> parse(String linkId) {
    Matcher keyed = KEYED.matcher(linkId);
    if (keyed.matches()) {
      return Optional.of(
          new LinkIds(keyed.group(1), keyed.group(2), Optional.of(keyed.group(3)), Optional.of(keyed.group(4))));
    }
    Matcher element = ELEMENT.matcher(linkId);
    if (element.matches()) {
      return Optional.of(
          new LinkIds(element.group(1), element.group(2), Optional.of(element.group(3)), Optional.empty()));
    }
    Matcher selector = SELECTOR.matcher(linkId);
    if (selector.matches()) {
      return Optional.of(new LinkIds(selector.group(1), selector.group(2), Optional.empty(), Optional.empty()));
    }
    return Optional.empty();
  }

  boolean isSelector() {
    return value.isEmpty();
  }

  /** A repeating group: one object of the list, with this key's value, per repetition. */
  boolean isElement() {
    return value.isPresent() && field.isEmpty();
  }

  /** The path without the list selection, e.g. {@code patient.medications.from}: for coverage checks. */
  static String generic(String linkId) {
    return parse(linkId)
        .map(l -> l.isElement() ? l.list() : l.list() + "." + l.field().orElse(l.key()))
        .orElse(linkId);
  }
}
