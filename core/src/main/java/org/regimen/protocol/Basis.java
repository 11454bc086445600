package org.regimen.protocol;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * Where a protocol value comes from: a source declared in the protocol and that source's exact
 * words, or {@link #REGIMEN_DEFAULT} with the reason for the default in {@code words}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Basis {
  /** The source id of a value Regimen chose where the sources say nothing. */
  String REGIMEN_DEFAULT = "regimen-default";

  /** {@return id of a {@link Source} declared in the protocol, or {@link #REGIMEN_DEFAULT}} */
  @Value.Parameter
  String source();

  /** {@return the source's words, quoted exactly; for a Regimen default, the reason for it} */
  @Value.Parameter
  String words();

  /** {@return true for a value Regimen chose where the sources say nothing} */
  default boolean isRegimenDefault() {
    return REGIMEN_DEFAULT.equals(source());
  }

  /**
   * {@return how a plan names this basis' source: the file name or citation of the source declared
   * in the document ({@code sources} looks it up by id), or {@link #REGIMEN_DEFAULT}. The loader
   * has checked every id is declared; falling back to the id keeps plans total}
   *
   * @param sources looks a source up by its id
   */
  default String label(Function<String, Optional<Source>> sources) {
    Objects.requireNonNull(sources, "sources");
    if (isRegimenDefault()) {
      return REGIMEN_DEFAULT;
    }
    return sources.apply(source()).map(Source::label).orElse(source());
  }

  /**
   * {@return a basis}
   *
   * @param source the id of a declared source, or {@link #REGIMEN_DEFAULT}
   * @param words the source's exact words, or the reason for a Regimen default
   */
  static Basis of(String source, String words) {
    return ImmutableBasis.of(source, words);
  }
}
