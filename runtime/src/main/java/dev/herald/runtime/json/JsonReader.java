package dev.herald.runtime.json;

/**
 * Parses a complete RFC 8259 document into a tree of {@link JsonValue}s, strictly and within
 * limits: anything else is a {@link JsonDecodingException} with the path and offset of the first
 * problem.
 *
 * <p>Stricter than the RFC in one respect: an object with two members of the same name is refused,
 * because readers disagree about which one wins and that disagreement is a known way to smuggle
 * values past a validator. Unpaired surrogate escapes ({@code "\ud800"}) are accepted, as the RFC's
 * grammar does, so that any Java string written by {@link JsonWriter} reads back unchanged.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JsonReader {

  /**
   * Nesting depth allowed by {@link #parse}: far beyond any event record, far below a stack
   * overflow.
   */
  public static final int DEFAULT_MAX_DEPTH = 64;

  /**
   * Document length in characters allowed by {@link #parse}: 4 MiB, four times Kafka's default
   * message size.
   */
  public static final int DEFAULT_MAX_LENGTH = 4 * 1024 * 1024;

  private static final JsonReader DEFAULT = new JsonReader(DEFAULT_MAX_DEPTH, DEFAULT_MAX_LENGTH);

  private final int maxDepth;
  private final int maxLength;

  private JsonReader(int maxDepth, int maxLength) {
    if (maxDepth < 1 || maxLength < 1) {
      throw new IllegalArgumentException(
          "maxDepth and maxLength must be positive, were " + maxDepth + " and " + maxLength);
    }
    this.maxDepth = maxDepth;
    this.maxLength = maxLength;
  }

  /**
   * A reader refusing documents nested deeper than {@code maxDepth} or longer than {@code
   * maxLength} characters.
   */
  public static JsonReader withLimits(int maxDepth, int maxLength) {
    return new JsonReader(maxDepth, maxLength);
  }

  /** Parses {@code json} with the default limits. */
  public static JsonValue parse(String json) {
    return DEFAULT.read(json);
  }

  /**
   * Parses {@code json}.
   *
   * @throws JsonDecodingException when it is not exactly one well-formed JSON value within the
   *     limits
   */
  public JsonValue read(String json) {
    if (json == null) {
      throw new JsonDecodingException("$", "expected a JSON document, found no text", 0);
    }
    if (json.length() > maxLength) {
      throw new JsonDecodingException(
          "$", "document of " + json.length() + " characters exceeds the limit of " + maxLength, 0);
    }
    return new Parser(json, maxDepth).document();
  }

  /** One parse: a cursor over the text. */
  private static final class Parser {

    private final String text;
    private final int maxDepth;
    private int pos;
    private int depth;

    Parser(String text, int maxDepth) {
      this.text = text;
      this.maxDepth = maxDepth;
    }

    JsonValue document() {
      skipWhitespace();
      JsonValue root = value(null, null, -1);
      skipWhitespace();
      if (pos < text.length()) {
        throw fail(null, null, -1, "unexpected " + describe(pos) + " after the document");
      }
      return root;
    }

    private JsonValue value(JsonValue parent, String key, int index) {
      if (pos >= text.length()) {
        throw fail(parent, key, index, "expected a value, found the end of the document");
      }
      int start = pos;
      char c = text.charAt(pos);
      switch (c) {
        case '{':
          return object(parent, key, index);
        case '[':
          return array(parent, key, index);
        case '"':
          return new JsonString(parent, key, index, start, string(parent, key, index));
        case 't':
          literal("true", parent, key, index);
          return new JsonBoolean(parent, key, index, start, true);
        case 'f':
          literal("false", parent, key, index);
          return new JsonBoolean(parent, key, index, start, false);
        case 'n':
          literal("null", parent, key, index);
          return new JsonNull(parent, key, index, start);
        default:
          if (c == '-' || (c >= '0' && c <= '9')) {
            return new JsonNumber(parent, key, index, start, number(parent, key, index));
          }
          throw fail(parent, key, index, "expected a value, found " + describe(pos));
      }
    }

    private JsonObject object(JsonValue parent, String key, int index) {
      JsonObject object = new JsonObject(parent, key, index, pos);
      enter(parent, key, index);
      pos++;
      skipWhitespace();
      if (peek() == '}') {
        pos++;
        depth--;
        return object;
      }
      while (true) {
        if (peek() != '"') {
          throw fail(
              object, null, -1, "expected a member name in double quotes, found " + describe(pos));
        }
        int nameStart = pos;
        String name = string(object, null, -1);
        skipWhitespace();
        if (peek() != ':') {
          throw fail(
              object, name, -1, "expected ':' after the member name, found " + describe(pos));
        }
        pos++;
        skipWhitespace();
        if (!object.put(name, value(object, name, -1))) {
          pos = nameStart;
          throw fail(object, name, -1, "duplicate member " + JsonValue.quote(name));
        }
        skipWhitespace();
        char c = peek();
        pos++;
        if (c == '}') {
          depth--;
          return object;
        }
        if (c != ',') {
          pos--;
          throw fail(object, null, -1, "expected ',' or '}' in an object, found " + describe(pos));
        }
        skipWhitespace();
      }
    }

    private JsonArray array(JsonValue parent, String key, int index) {
      JsonArray array = new JsonArray(parent, key, index, pos);
      enter(parent, key, index);
      pos++;
      skipWhitespace();
      if (peek() == ']') {
        pos++;
        depth--;
        return array;
      }
      while (true) {
        array.add(value(array, null, array.size()));
        skipWhitespace();
        char c = peek();
        pos++;
        if (c == ']') {
          depth--;
          return array;
        }
        if (c != ',') {
          pos--;
          throw fail(
              array, null, array.size(), "expected ',' or ']' in an array, found " + describe(pos));
        }
        skipWhitespace();
      }
    }

    private void enter(JsonValue parent, String key, int index) {
      if (++depth > maxDepth) {
        throw fail(parent, key, index, "nesting deeper than the limit of " + maxDepth);
      }
    }

    private String string(JsonValue parent, String key, int index) {
      int start = pos;
      pos++;
      // Fast path: most strings have no escapes, so they are one substring.
      int i = pos;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c == '"') {
          pos = i + 1;
          return text.substring(start + 1, i);
        }
        if (c == '\\' || c < 0x20) {
          break;
        }
        i++;
      }
      StringBuilder out = new StringBuilder(i - start + 16).append(text, start + 1, i);
      pos = i;
      while (true) {
        if (pos >= text.length()) {
          pos = start;
          throw fail(parent, key, index, "unterminated string");
        }
        char c = text.charAt(pos);
        if (c == '"') {
          pos++;
          return out.toString();
        }
        if (c < 0x20) {
          throw fail(
              parent, key, index, "unescaped control character U+" + hex4(c) + " in a string");
        }
        if (c != '\\') {
          out.append(c);
          pos++;
          continue;
        }
        if (pos + 1 >= text.length()) {
          pos = start;
          throw fail(parent, key, index, "unterminated string");
        }
        char escape = text.charAt(pos + 1);
        switch (escape) {
          case '"' -> out.append('"');
          case '\\' -> out.append('\\');
          case '/' -> out.append('/');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            out.append(unicodeEscape(parent, key, index));
            continue;
          }
          default ->
              throw fail(
                  parent, key, index, "invalid escape " + describe(pos + 1) + " in a string");
        }
        pos += 2;
      }
    }

    private char unicodeEscape(JsonValue parent, String key, int index) {
      int value = 0;
      for (int k = 2; k < 6; k++) {
        int digit = pos + k < text.length() ? Character.digit(text.charAt(pos + k), 16) : -1;
        if (digit < 0 || text.charAt(pos + k) > 'f') {
          throw fail(parent, key, index, "invalid \\u escape: expected four hexadecimal digits");
        }
        value = value * 16 + digit;
      }
      pos += 6;
      return (char) value;
    }

    private String number(JsonValue parent, String key, int index) {
      int start = pos;
      if (peek() == '-') {
        pos++;
      }
      if (peek() == '0') {
        pos++;
        if (isDigit(peek())) {
          throw fail(parent, key, index, "leading zero in a number");
        }
      } else if (!digits()) {
        throw fail(parent, key, index, "expected a digit in a number, found " + describe(pos));
      }
      if (peek() == '.') {
        pos++;
        if (!digits()) {
          throw fail(
              parent,
              key,
              index,
              "expected a digit after the decimal point, found " + describe(pos));
        }
      }
      if (peek() == 'e' || peek() == 'E') {
        pos++;
        if (peek() == '+' || peek() == '-') {
          pos++;
        }
        if (!digits()) {
          throw fail(
              parent, key, index, "expected a digit in the exponent, found " + describe(pos));
        }
      }
      return text.substring(start, pos);
    }

    private boolean digits() {
      int start = pos;
      while (isDigit(peek())) {
        pos++;
      }
      return pos > start;
    }

    private void literal(String word, JsonValue parent, String key, int index) {
      if (!text.startsWith(word, pos)) {
        throw fail(parent, key, index, "expected a value, found " + describe(pos));
      }
      pos += word.length();
    }

    private void skipWhitespace() {
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
          return;
        }
        pos++;
      }
    }

    /** The character at the cursor, or {@code 0} at the end (never valid where it is tested). */
    private char peek() {
      return pos < text.length() ? text.charAt(pos) : 0;
    }

    private String describe(int at) {
      if (at >= text.length()) {
        return "the end of the document";
      }
      char c = text.charAt(at);
      if (c < 0x20 || c > 0x7e) {
        return "character U+" + hex4(c);
      }
      return "'" + c + "'";
    }

    private JsonDecodingException fail(JsonValue parent, String key, int index, String problem) {
      return new JsonDecodingException(JsonValue.pathOf(parent, key, index), problem, pos);
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private static String hex4(char c) {
      String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
      return "0000".substring(hex.length()) + hex;
    }
  }
}
