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
  /** {@return the Fitzpatrick phototype; absent when not recorded} */
  @Value.Redacted
  Optional<Fitzpatrick> fitzpatrick();

  /** {@return the skin type; absent when not recorded} */
  @Value.Redacted
  Optional<SkinType> type();

  /**
   * {@return a new, empty builder; {@code build()} checks the value and names any required
   * attribute left unset}
   */
  static ImmutableSkin.Builder builder() {
    return ImmutableSkin.builder();
  }
}
