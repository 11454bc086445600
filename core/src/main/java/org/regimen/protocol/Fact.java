package org.regimen.protocol;

import java.util.Objects;
import java.util.Optional;

/**
 * One fact a request can record about a patient, such as {@code condition:CANCER} or {@code
 * labResult:HIV:POSITIVE}: what every protocol must give a verdict (a rule that reacts to it, or
 * "not relevant" with a reason).
 *
 * @since 0.1.0
 */
public record Fact(FactKind kind, String value) implements Comparable<Fact> {
  /**
   * A fact.
   *
   * @param kind the kind of fact
   * @param value one of the values the kind takes, e.g. {@code PREGNANT}
   * @throws NullPointerException if either is null
   */
  public Fact {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
  }

  /**
   * {@return the fact of {@code kind} with the enum constant's name as its value}
   *
   * @param kind the kind of fact
   * @param value the value, a constant of the request model's enum for that kind
   */
  public static Fact of(FactKind kind, Enum<?> value) {
    return new Fact(kind, value.name());
  }

  /** {@return the fact's key, {@code kind:value}, as protocol documents name it} */
  public String key() {
    return kind.key() + ":" + value;
  }

  /**
   * {@return the fact a key names, when the kind exists and has that value}
   *
   * @param key a fact's key, {@code kind:value}
   */
  public static Optional<Fact> parse(String key) {
    int colon = key.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    return FactKind.byKey(key.substring(0, colon))
        .map(kind -> new Fact(kind, key.substring(colon + 1)))
        .filter(fact -> fact.kind().facts().contains(fact));
  }

  @Override
  public int compareTo(Fact other) {
    int byKind = kind.compareTo(other.kind);
    if (byKind != 0) {
      return byKind;
    }
    return Integer.compare(kind.facts().indexOf(this), other.kind.facts().indexOf(other));
  }

  @Override
  public String toString() {
    return key();
  }
}
