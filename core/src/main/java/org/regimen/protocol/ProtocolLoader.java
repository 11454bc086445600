package org.regimen.protocol;

import java.io.InputStream;
import java.util.Optional;

/**
 * Reads and validates protocol documents (see {@code docs/protocol-format.md}). Reading is strict:
 * unknown keys, wrong types, bad enum values and every check of the format are reported together,
 * each as {@code path: rule}, in one {@link ProtocolException} naming the resource.
 *
 * <p>Modules call {@link #load(Class, String)} once when they load and share the immutable result.
 *
 * @since 0.1.0
 */
public final class ProtocolLoader {
  private ProtocolLoader() {}

  /**
   * {@return the protocol read from {@code resource} (e.g. {@code
   * org/regimen/treatment/prp/protocol.json}) through {@code owner}, so a module's own resources
   * are found on the class path and on the module path, where the owner's module opens the
   * resource's package to {@code org.regimen.core}. Overrides of baseline rules are checked
   * conservatively: see {@link #load(Class, String, RuleSet)}}
   *
   * @param owner a class of the module that holds the resource
   * @param resource the resource's path
   * @throws ProtocolException with every problem found, each at its path in the document
   */
  public static Protocol load(Class<?> owner, String resource) {
    return read(owner, resource, Optional.of(Baseline.standard()));
  }

  /**
   * {@return the protocol read as {@link #load(Class, String)} reads it, checking baseline
   * overrides against {@code baseline}: an override must name a baseline rule, and needs a cited
   * source only when it drops the rule or lowers its severity. Without a baseline, every override
   * except one to ABSOLUTE needs one}
   *
   * @param owner a class of the module that holds the resource
   * @param resource the resource's path
   * @param baseline the baseline rules the protocol builds on
   * @throws ProtocolException with every problem found, each at its path in the document
   */
  public static Protocol load(Class<?> owner, String resource, RuleSet baseline) {
    return read(owner, resource, Optional.of(baseline));
  }

  /**
   * {@return the protocol read from a stream; {@code resourceName} names it in errors}
   *
   * @param resourceName names the document in errors
   * @param in the document, UTF-8 JSON
   * @param glossary the vague phrases the document may use
   * @throws ProtocolException with every problem found, each at its path in the document
   */
  public static Protocol parse(String resourceName, InputStream in, Glossary glossary) {
    return DocumentReader.readProtocol(
        resourceName, JsonDocuments.parse(resourceName, in), glossary, Optional.empty());
  }

  /**
   * {@return the protocol read from a stream, checking baseline overrides against {@code baseline}}
   *
   * @param resourceName names the document in errors
   * @param in the document, UTF-8 JSON
   * @param glossary the vague phrases the document may use
   * @param baseline the baseline rules the protocol builds on
   * @throws ProtocolException with every problem found, each at its path in the document
   */
  public static Protocol parse(
      String resourceName, InputStream in, Glossary glossary, RuleSet baseline) {
    return DocumentReader.readProtocol(
        resourceName, JsonDocuments.parse(resourceName, in), glossary, Optional.of(baseline));
  }

  /**
   * {@return the rules-only document read from {@code resource}: {@code {"formatVersion": 1,
   * "sources": [...], "rules": [...]}}}
   *
   * @param owner a class of the module that holds the resource
   * @param resource the resource's path
   * @throws ProtocolException with every problem found, each at its path in the document
   */
  public static RuleSet loadRules(Class<?> owner, String resource) {
    return DocumentReader.readRules(
        resource, JsonDocuments.load(owner, resource));
  }

  /**
   * {@return the rules-only document read from a stream}
   *
   * @param resourceName names the document in errors
   * @param in the document, UTF-8 JSON
   * @throws ProtocolException with every problem found, each at its path in the document
   */
  public static RuleSet parseRules(String resourceName, InputStream in) {
    return DocumentReader.readRules(resourceName, JsonDocuments.parse(resourceName, in));
  }

  private static Protocol read(Class<?> owner, String resource, Optional<RuleSet> baseline) {
    return DocumentReader.readProtocol(
        resource,
        JsonDocuments.load(owner, resource),
        Glossary.standard(),
        baseline);
  }
}
