/**
 * Protocols as sourced data: the model of a protocol document and its strict reader. <b>Public
 * API</b> for module authors and for tools that show a protocol; applications that only plan do not
 * need it.
 *
 * <p>{@link org.regimen.protocol.ProtocolLoader} reads and checks a module's protocol document
 * (docs/protocol-format.md) into a {@link org.regimen.protocol.Protocol}: {@link
 * org.regimen.protocol.Source}s with their exact words, {@link org.regimen.protocol.Course}s, {@link
 * org.regimen.protocol.ScreeningRule}s, {@link org.regimen.protocol.SafetyBounds}. Every problem of a
 * document is reported at once in one {@link org.regimen.protocol.ProtocolException}. {@link
 * org.regimen.protocol.Glossary} turns a source's vague words into days; {@link
 * org.regimen.protocol.VariantLoader} reads a clinic's {@link org.regimen.protocol.Variant}. The
 * readers behind the loaders are package-private.
 *
 * @since 0.1.0
 */
package org.regimen.protocol;
