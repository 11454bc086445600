package org.regimen.error;

/**
 * The rule a request's {@code id} follows: 1 to {@value #MAX_LENGTH} characters from {@code A-Z},
 * {@code a-z}, {@code 0-9} and {@code . _ : -}. It lives with the error model because it decides
 * what may be echoed: an id that breaks it may hold anything, a patient's name included, so errors
 * and answers leave it out.
 *
 * @since 0.1.0
 */
public final class RequestIdRule {
  /** The longest id a request may carry. */
  public static final int MAX_LENGTH = 100;

  private RequestIdRule() {}

  /**
   * Whether an id follows the rule and so may be echoed.
   *
   * @param id the id as sent
   * @return true for an id of 1 to {@value #MAX_LENGTH} allowed characters
   */
  public static boolean isValid(String id) {
    int length = id.length();
    if (length < 1 || length > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (!isIdChar(id.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A-Z, a-z, 0-9 and . _ : - (a loop, not a regex: every request and every answer asks). */
  private static boolean isIdChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '.' || c == '_' || c == ':' || c == '-';
  }
}
