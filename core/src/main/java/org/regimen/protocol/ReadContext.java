package org.regimen.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What the protocol readers share while walking one document: the glossary spans are read with,
 * and every source id used so far with where, checked against the declared sources at the end
 * (sources are declared once at the top, used anywhere below).
 */
final class ReadContext {
  static final String UPPER_SNAKE_CASE = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*";

  private final Glossary glossary;
  private final List<SourceUse> sourceUses = new ArrayList<>();

  private record SourceUse(String source, String path) {}

  ReadContext(Glossary glossary) {
    this.glossary = glossary;
  }

  Glossary glossary() {
    return glossary;
  }

  /** The {@code source} and {@code words} of an object that carries a basis. */
  Basis basis(StrictObject o) {
    String source = o.text("source");
    String words = o.text("words");
    if (source != null) {
      sourceUses.add(new SourceUse(source, o.path()));
    }
    return source == null || words == null ? null : Basis.of(source, words);
  }

  /**
   * A sourced value {@code {"value": ..., "source": ..., "words": ...}} under {@code key}; {@code
   * value} reads the {@code value} key of that object so its problems carry the full path.
   */
  <T> Sourced<T> sourced(
      StrictObject parent, String key, boolean required, Function<StrictObject, T> value) {
    return parent.object(
        key,
        required,
        o -> {
          T read = value.apply(o);
          Basis basis = basis(o);
          return o.done() ? Sourced.of(read, basis) : null;
        });
  }

  /** A stable code (finding, step, risk, instruction): UPPER_SNAKE_CASE so it can be matched on. */
  String code(StrictObject o, String key) {
    return o.text(key, UPPER_SNAKE_CASE, "UPPER_SNAKE_CASE");
  }

  /** Reports every source used but not declared, at {@code sources} where the fix goes. */
  void requireDeclared(Set<String> declared, Problems problems) {
    for (SourceUse use : sourceUses) {
      if (!Basis.REGIMEN_DEFAULT.equals(use.source()) && !declared.contains(use.source())) {
        problems.add(
            "sources", "source '" + use.source() + "' used at " + use.path() + " is not declared");
      }
    }
  }
}
