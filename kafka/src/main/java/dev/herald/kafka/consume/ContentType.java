package dev.herald.kafka.consume;

import dev.herald.runtime.generated.JsonLimits;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A content type as a received record states it: the media type, lower-cased, and the charset its
 * {@code charset} parameter names.
 *
 * <p>The charset is honoured when it is one every Java runtime has ({@link StandardCharsets}, by
 * name or alias) and refused otherwise, never guessed; it is looked up in that fixed list only, so
 * no charset provider is ever loaded for a name taken from a message. A parameter given twice makes
 * the content type ambiguous and is refused.
 *
 * @param text the header or attribute as received
 * @param mediaType {@code type/subtype} in lower case, without parameters
 * @param charset the charset the parameter names, or {@code null} when there is none
 */
record ContentType(String text, String mediaType, Charset charset) {

  /** Media type of a structured-mode CloudEvent in JSON. */
  static final String STRUCTURED_JSON = "application/cloudevents+json";

  private static final List<Charset> HONOURED =
      List.of(
          StandardCharsets.UTF_8,
          StandardCharsets.US_ASCII,
          StandardCharsets.ISO_8859_1,
          StandardCharsets.UTF_16,
          StandardCharsets.UTF_16BE,
          StandardCharsets.UTF_16LE);

  /**
   * Parses a content type.
   *
   * @param what names it in a rejection, e.g. {@code "content-type header"}
   * @return {@code null} when {@code text} is {@code null}
   * @throws Rejection {@code invalid-attribute} for a malformed or repeated parameter, {@code
   *     unsupported-content-type} for a charset this reader does not honour
   */
  static ContentType parse(String text, String what) throws Rejection {
    if (text == null) {
      return null;
    }
    int semicolon = text.indexOf(';');
    String media =
        (semicolon < 0 ? text : text.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    Map<String, String> parameters =
        semicolon < 0 ? Map.of() : parameters(text, semicolon + 1, what);
    String charsetName = parameters.get("charset");
    return new ContentType(
        text, media, charsetName == null ? null : honoured(charsetName, text, what));
  }

  /** Whether the media type is JSON: {@code application/json} or any {@code +json} type. */
  boolean isJson() {
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  /** Whether the record is a structured-mode CloudEvent (of any format). */
  boolean isStructuredCloudEvent() {
    return mediaType.startsWith("application/cloudevents");
  }

  /** The charset text of this type is in: the parameter's, else UTF-8 (JSON's only encoding). */
  Charset charsetOrUtf8() {
    return charset == null ? StandardCharsets.UTF_8 : charset;
  }

  private static Map<String, String> parameters(String text, int from, String what)
      throws Rejection {
    Map<String, String> parameters = new HashMap<>();
    int i = from;
    while (true) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= text.length()) {
        break;
      }
      int equals = text.indexOf('=', i);
      int semicolon = text.indexOf(';', i);
      if (equals < 0 || (semicolon >= 0 && semicolon < equals)) {
        throw malformed(text, what);
      }
      String name = text.substring(i, equals).trim().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        throw malformed(text, what);
      }
      i = equals + 1;
      String value;
      if (i < text.length() && text.charAt(i) == '"') {
        StringBuilder quoted = new StringBuilder();
        i++;
        while (i < text.length() && text.charAt(i) != '"') {
          if (text.charAt(i) == '\\' && i + 1 < text.length()) {
            i++;
          }
          quoted.append(text.charAt(i++));
        }
        if (i >= text.length()) {
          throw malformed(text, what);
        }
        value = quoted.toString();
        i++;
        while (i < text.length() && text.charAt(i) != ';') {
          if (!Character.isWhitespace(text.charAt(i++))) {
            throw malformed(text, what);
          }
        }
      } else {
        int end = text.indexOf(';', i);
        end = end < 0 ? text.length() : end;
        value = text.substring(i, end).trim();
        i = end;
      }
      if (parameters.putIfAbsent(name, value) != null) {
        throw new Rejection(
            RejectionReason.INVALID_ATTRIBUTE,
            what
                + " '"
                + JsonLimits.quote(text)
                + "' gives the parameter '"
                + JsonLimits.quote(name)
                + "' more than once");
      }
      i++;
    }
    return parameters;
  }

  private static Charset honoured(String name, String text, String what) throws Rejection {
    for (Charset charset : HONOURED) {
      if (charset.name().equalsIgnoreCase(name)) {
        return charset;
      }
      for (String alias : charset.aliases()) {
        if (alias.equalsIgnoreCase(name)) {
          return charset;
        }
      }
    }
    throw new Rejection(
        RejectionReason.UNSUPPORTED_CONTENT_TYPE,
        what
            + " '"
            + JsonLimits.quote(text)
            + "' names the charset '"
            + JsonLimits.quote(name)
            + "', which this consumer does not read; it reads UTF-8, US-ASCII, ISO-8859-1 and"
            + " UTF-16");
  }

  private static Rejection malformed(String text, String what) {
    return new Rejection(
        RejectionReason.INVALID_ATTRIBUTE,
        what + " '" + JsonLimits.quote(text) + "' has a malformed parameter");
  }
}
