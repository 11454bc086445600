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
  Optional<Span> span();

  String text();

  Basis basis();

  static ImmutableMaintenanceSpec.Builder builder() {
    return ImmutableMaintenanceSpec.builder();
  }
}
