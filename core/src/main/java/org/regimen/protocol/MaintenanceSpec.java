package org.regimen.protocol;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * What keeps the result; with a span, when maintenance is due after the last session.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface MaintenanceSpec {
  /**
   * {@return when maintenance is due after the last session; absent where the source gives no time}
   */
  Optional<Span> span();

  /** {@return what maintenance the source advises, in plain words} */
  String text();

  /** {@return the source and its words} */
  Basis basis();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableMaintenanceSpec.Builder builder() {
    return ImmutableMaintenanceSpec.builder();
  }
}
