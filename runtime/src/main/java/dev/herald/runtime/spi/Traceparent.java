package dev.herald.runtime.spi;

/**
 * The W3C Trace Context {@code traceparent} form in which Herald carries a trace: in envelopes,
 * outbox rows and CloudEvents. Herald checks the form and never interprets the ids.
 */
public final class Traceparent {

  /** The length of a version-00 {@code traceparent}: {@code 2-32-16-2} hex digits and dashes. */
  public static final int LENGTH = 55;

  private Traceparent() {}

  /**
   * Whether the text is a well-formed W3C {@code traceparent}: {@code
   * version-traceid-parentid-flags} in lower-case hex (2-32-16-2 digits), with neither id all zeros
   * and version {@code ff} forbidden; a version above {@code 00} may append fields after the flags.
   */
  public static boolean isValid(String traceparent) {
    if (traceparent == null || traceparent.length() < LENGTH) {
      return false;
    }
    if (traceparent.charAt(2) != '-'
        || traceparent.charAt(35) != '-'
        || traceparent.charAt(52) != '-') {
      return false;
    }
    if (traceparent.length() > LENGTH
        && (traceparent.startsWith("00") || traceparent.charAt(LENGTH) != '-')) {
      return false;
    }
    return isHex(traceparent, 0, 2)
        && !traceparent.startsWith("ff")
        && isHex(traceparent, 3, 35)
        && !isZeros(traceparent, 3, 35)
        && isHex(traceparent, 36, 52)
        && !isZeros(traceparent, 36, 52)
        && isHex(traceparent, 53, LENGTH);
  }

  /**
   * The {@code traceparent} as Herald keeps it: its first {@value #LENGTH} characters when it is
   * well-formed (the fields every version shares, which is how the W3C spec tells a reader to take
   * a later version), {@code null} otherwise; so a stored trace always fits a column of that width.
   */
  public static String normalize(String traceparent) {
    if (!isValid(traceparent)) {
      return null;
    }
    return traceparent.length() == LENGTH ? traceparent : traceparent.substring(0, LENGTH);
  }

  private static boolean isHex(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isZeros(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }
}
