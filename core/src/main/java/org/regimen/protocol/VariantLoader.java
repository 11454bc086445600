package org.regimen.protocol;

import java.io.InputStream;
import java.util.Collection;

/**
 * Reads a clinic's variant document (docs/variants.md, {@code variant.schema.json}) against the
 * protocols it may change. Strict like the protocol loader: every problem, each at its path in the
 * variant and, for a value outside a safety bound, naming the bound and its source, in one {@link
 * ProtocolException} naming the document.
 *
 * @since 0.1.0
 */
public final class VariantLoader {
  private VariantLoader() {}

  /**
   * Reads a clinic's variant of an installed protocol and applies its changes to the base.
   *
   * @param name names the document in errors (a file name)
   * @param bases the installed protocols; the variant's {@code base.protocol} must be one of them
   * @param in the document, UTF-8 JSON
   * @return the variant, with its base's changes applied
   * @throws ProtocolException with every problem found, each at its path in the variant
   */
  public static Variant parse(String name, InputStream in, Collection<Protocol> bases) {
    return new VariantReader(Glossary.standard(), Baseline.standard())
        .read(name, JsonDocuments.parse(name, in), bases);
  }
}
