package dev.herald.kafka;

/**
 * Where the publisher finds the W3C {@code traceparent} of the current work, so that it can travel
 * with the event as the CloudEvents distributed-tracing extension; adapt a tracing library to it,
 * or use {@link ThreadLocalTraceContext}. No tracing library is needed.
 */
@FunctionalInterface
public interface TraceContext {

  /** The current {@code traceparent} header value, or {@code null} when there is none. */
  String traceparent();

  /** A context that never has a trace: the default. */
  static TraceContext none() {
    return () -> null;
  }

  /**
   * Whether the text is a well-formed W3C {@code traceparent}: {@code
   * version-traceid-parentid-flags} in lower-case hex (2-32-16-2 digits), with neither id all zeros
   * and version {@code ff} forbidden.
   */
  static boolean isValid(String traceparent) {
    if (traceparent == null || traceparent.length() < 55) {
      return false;
    }
    if (traceparent.charAt(2) != '-'
        || traceparent.charAt(35) != '-'
        || traceparent.charAt(52) != '-') {
      return false;
    }
    // Later versions may append fields after the flags; version 00 may not.
    if (traceparent.length() > 55
        && (traceparent.startsWith("00") || traceparent.charAt(55) != '-')) {
      return false;
    }
    return isHex(traceparent, 0, 2)
        && !traceparent.startsWith("ff")
        && isHex(traceparent, 3, 35)
        && !isZeros(traceparent, 3, 35)
        && isHex(traceparent, 36, 52)
        && !isZeros(traceparent, 36, 52)
        && isHex(traceparent, 53, 55);
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
