package org.regimen.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;
import org.regimen.plan.ImmutableFinding;
import org.regimen.protocol.RuleKind;

/**
 * The patient's words for a finding (design.md, "Who reads a text"), kept as data in {@code
 * org/regimen/screening/patient-texts.properties}: by code, by the rule's kind and severity, or by
 * severity alone, so that every finding a plan can hold has a patient text, except the ones a
 * clinician must disclose in person (a positive infection marker, cancer), which have none. The
 * finding's {@code message} and {@code action} stay the practitioner's.
 */
public final class PatientTexts {
  static final String RESOURCE = "org/regimen/screening/patient-texts.properties";

  private static final Properties TEXTS = load();
  private static final Set<String> IN_PERSON = Set.copyOf(list("inPerson.codes"));
  private static final List<String> IN_PERSON_WORDS = list("inPerson.codesContaining");

  private PatientTexts() {}

  /**
   * {@code finding} with its patient text, unless it already has one or must be disclosed in
   * person; {@code kind} is the kind of the rule that raised it, empty for a finding a module or the
   * planner raised.
   */
  public static Finding withPatientMessage(Finding finding, Optional<RuleKind> kind) {
    if (finding.patientMessage().isPresent()) {
      return finding;
    }
    Optional<String> text = of(finding.code(), finding.severity(), kind);
    return text.isEmpty() ? finding : ImmutableFinding.copyOf(finding).withPatientMessage(text);
  }

  /** True when a clinician discloses a finding with this code in person: no patient text. */
  public static boolean inPerson(String code) {
    String upper = code.toUpperCase(Locale.ROOT);
    return IN_PERSON.contains(upper) || IN_PERSON_WORDS.stream().anyMatch(upper::contains);
  }

  static Optional<String> of(String code, FindingSeverity severity, Optional<RuleKind> kind) {
    // Every rule raises the same few codes again and again: the lookup (a case fold, a scan of the
    // in-person words, up to four property reads) is worked out once per code, severity and kind.
    return CHOSEN.computeIfAbsent(new Key(code, severity, kind), PatientTexts::choose);
  }

  private record Key(String code, FindingSeverity severity, Optional<RuleKind> kind) {}

  /** Bounded: codes come from protocol data, the baseline and the modules, not from requests. */
  private static final Map<Key, Optional<String>> CHOSEN = new ConcurrentHashMap<>();

  private static Optional<String> choose(Key key) {
    String code = key.code();
    FindingSeverity severity = key.severity();
    Optional<RuleKind> kind = key.kind();
    if (inPerson(code)) {
      return Optional.empty();
    }
    String text = TEXTS.getProperty(code + "." + severity.name());
    if (text == null) {
      text = TEXTS.getProperty(code);
    }
    if (text == null && kind.isPresent()) {
      text = TEXTS.getProperty("kind." + kind.get().name() + "." + severity.name());
    }
    if (text == null) {
      text = TEXTS.getProperty("severity." + severity.name());
    }
    return Optional.ofNullable(text);
  }

  private static List<String> list(String key) {
    return List.of(TEXTS.getProperty(key, "").split(",")).stream()
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static Properties load() {
    Properties texts = new Properties();
    InputStream in = PatientTexts.class.getResourceAsStream("/" + RESOURCE);
    if (in == null) {
      throw new IllegalStateException(RESOURCE + ": resource not found on the class path");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      texts.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE, e);
    }
    for (FindingSeverity severity : FindingSeverity.values()) {
      if (texts.getProperty("severity." + severity.name()) == null) {
        // Every finding must be able to reach a patient text: the last fallback is required.
        throw new IllegalStateException(RESOURCE + ": severity." + severity.name() + " is missing");
      }
    }
    return texts;
  }
}
