package org.regimen.protocol;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * A document or publication a protocol quotes; exactly one of {@code file} and {@code citation}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Source {
  /** {@return the source's id, as a basis names it, e.g. {@code 000}} */
  String id();

  /** {@return the file name of a source document (e.g. {@code 000_cee33dee1438d68f.txt})} */
  Optional<String> file();

  /** {@return the bibliographic citation of a publication} */
  Optional<String> citation();

  /** {@return how the plan names this source: the file name or the citation} */
  default String label() {
    return file().orElseGet(() -> citation().orElseThrow());
  }

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableSource.Builder builder() {
    return ImmutableSource.builder();
  }
}
