package org.regimen.request;

import java.util.Optional;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;

/**
 * The patient's skin.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface Skin {
  @Value.Redacted
  Optional<Fitzpatrick> fitzpatrick();

  @Value.Redacted
  Optional<SkinType> type();

  static ImmutableSkin.Builder builder() {
    return ImmutableSkin.builder();
  }
}
