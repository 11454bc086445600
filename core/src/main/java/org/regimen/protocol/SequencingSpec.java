package org.regimen.protocol;

import java.util.List;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * Where a protocol's source says its therapy follows another: in a combined plan, this therapy's
 * course starts after the course of every listed therapy has ended.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface SequencingSpec {
  /** {@return the module ids of the therapies this one follows} */
  List<String> after();

  /** {@return the source that says so and its words} */
  Basis basis();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableSequencingSpec.Builder builder() {
    return ImmutableSequencingSpec.builder();
  }
}
