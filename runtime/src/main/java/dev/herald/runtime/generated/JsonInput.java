package dev.herald.runtime.generated;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * One document being decoded: the parser, the codec whose records it builds, and the JSON path of
 * the document's root, so that every failure names where it happened ({@code $.items[2].size})
 * without the happy path ever building a path.
 */
final class JsonInput {

  /** How many characters of one member name a path quotes. */
  private static final int MAX_NAME_IN_PATH = 40;

  final JsonParser parser;
  final JsonEventCodec codec;
  private final String root;

  /**
   * @param root the path of the document's root: {@code $}, or the path of the object a nested
   *     document was copied from
   */
  JsonInput(JsonParser parser, JsonEventCodec codec, String root) {
    this.parser = parser;
    this.codec = codec;
    this.root = root;
  }

  JsonToken token() {
    return parser.currentToken();
  }

  /** The most characters of a path a message shows; a deeper path keeps its start and its end. */
  private static final int MAX_PATH = 300;

  /** A failure at the current value: {@code <path>: <problem>}. */
  EventDecodingException failure(String problem) {
    return new EventDecodingException(shortened(path()) + ": " + problem);
  }

  /** {@code path} cut in the middle to at most {@link #MAX_PATH} characters. */
  static String shortened(String path) {
    if (path.length() <= MAX_PATH) {
      return path;
    }
    return path.substring(0, MAX_PATH / 3) + "…" + path.substring(path.length() - MAX_PATH / 3 * 2);
  }

  /** A failure saying what was expected here and what was found. */
  EventDecodingException expected(String what) throws IOException {
    return failure("expected " + what + ", found " + found());
  }

  /** The current token as a message shows it: a string or number quoted and shortened. */
  String found() throws IOException {
    JsonToken token = token();
    if (token == null) {
      return "the end of the document";
    }
    return switch (token) {
      case VALUE_STRING -> quoted(parser.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> JsonLimits.quote(parser.getText());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      default -> token.asString() == null ? token.name() : token.asString();
    };
  }

  /** The JSON path of the current value, e.g. {@code $.items[2].size}. */
  String path() {
    JsonStreamContext context = parser.getParsingContext();
    JsonToken token = token();
    // On the token that opens a container, the parser already stands in the new, empty context.
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
        && context.getParent() != null) {
      context = context.getParent();
    }
    return root + segments(context);
  }

  /** The JSON path of the object whose members the parser is reading. */
  String objectPath() {
    return root + segments(parser.getParsingContext().getParent());
  }

  /** The path below the root that {@code context} and its parents describe. */
  static String segments(JsonStreamContext context) {
    if (context == null || context.inRoot()) {
      return "";
    }
    String parent = segments(context.getParent());
    if (context.inArray()) {
      int index = context.getCurrentIndex();
      return index < 0 ? parent : parent + "[" + index + "]";
    }
    String name = context.getCurrentName();
    return name == null ? parent : parent + member(name);
  }

  /** {@code .name} for an identifier, else {@code ["name"]}, shortened for messages. */
  static String member(String name) {
    if (name.length() <= MAX_NAME_IN_PATH && isIdentifier(name)) {
      return "." + name;
    }
    String shown = name.length() <= MAX_NAME_IN_PATH ? name : name.substring(0, MAX_NAME_IN_PATH);
    return "[" + quoted(shown) + (shown.length() < name.length() ? "…" : "") + "]";
  }

  /** {@code text} as a JSON string literal, cut to {@link JsonLimits#MAX_QUOTED_LENGTH}. */
  static String quoted(String text) {
    String shown = JsonLimits.quote(text);
    StringBuilder out = new StringBuilder(shown.length() + 2).append('"');
    JsonStrings.escape(out, shown, 0, shown.length());
    return out.append('"').toString();
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      if (!Character.isJavaIdentifierPart(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
