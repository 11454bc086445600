package org.regimen.handout;

/**
 * Text placed inside a Markdown handout, escaped so that it reads as the words it holds and never
 * as markup: a clinic name such as {@code [Call us](http://evil)} or {@code <script>} stays those
 * characters on the page. Every text the handout takes from a plan, a protocol or a request goes
 * through {@link #escape}; the handout's own fixed words need not.
 */
final class MarkdownText {
  // CommonMark lets a backslash escape any ASCII punctuation; these are the ones that can start
  // inline markup (emphasis, code, links, images, HTML, tables, strike-through, entities) or, at
  // the start of a line, a heading, a list or a quote.
  private static final String SPECIAL = "\\`*_[]<>|~&!#";

  private MarkdownText() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029') {
        // A line break could start a new block (a heading, a list): one line stays one line.
        out.append(' ');
      } else if (Character.isISOControl(c)) {
        // Control characters have no place on a page.
        continue;
      } else {
        if (SPECIAL.indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
