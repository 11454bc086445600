package org.regimen.json;

/** Field paths in the form of the contract's error messages: {@code patient.labResults[0].date}. */
final class Paths {
  /** The path of the whole document, as shown to callers. */
  static final String ROOT = "$";

  private Paths() {}

  static String field(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  static String index(String parent, int index) {
    return (parent.isEmpty() ? ROOT : parent) + "[" + index + "]";
  }

  static String display(String path) {
    return path.isEmpty() ? ROOT : path;
  }

  /** True if one path is the other or lies inside it ({@code areas} and {@code areas[1]}). */
  static boolean overlap(String a, String b) {
    return a.equals(b) || isInside(a, b) || isInside(b, a);
  }

  private static boolean isInside(String inner, String outer) {
    if (outer.equals(ROOT)) {
      return true;
    }
    if (!inner.startsWith(outer) || inner.length() == outer.length()) {
      return false;
    }
    char next = inner.charAt(outer.length());
    return next == '.' || next == '[';
  }
}
