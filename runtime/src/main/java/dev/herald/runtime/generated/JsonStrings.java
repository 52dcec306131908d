package dev.herald.runtime.generated;

/**
 * JSON string literals for the rare strings jackson-core would copy unchanged although they are not
 * valid Unicode: an unpaired surrogate is written as a {@code \}{@code uXXXX} escape, so the
 * document survives UTF-8 and decodes back to the same Java string.
 */
final class JsonStrings {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonStrings() {}

  /** Whether {@code value} holds a surrogate that is not half of a pair. */
  static boolean hasUnpairedSurrogate(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < value.length()
            && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code value} as a quoted JSON string literal, every unpaired surrogate escaped. */
  static String literal(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16).append('"');
    escape(out, value, 0, value.length());
    return out.append('"').toString();
  }

  /**
   * Appends {@code value[from, to)} escaped for a JSON string: quote, backslash, controls and
   * unpaired surrogates; everything else as is.
   */
  static void escape(StringBuilder out, String value, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < to
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        out.append(c).append(value.charAt(++i));
        continue;
      }
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c)) {
            out.append("\\u")
                .append(HEX[c >> 12])
                .append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
        }
      }
    }
  }
}
