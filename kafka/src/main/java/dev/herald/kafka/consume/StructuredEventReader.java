package dev.herald.kafka.consume;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.herald.runtime.generated.JsonLimits;
import java.io.IOException;
import java.util.Base64;
import java.util.Set;

/**
 * Reads a structured-mode CloudEvent (the JSON event format) with jackson-core's streaming parser,
 * under the same {@link JsonLimits} and the same duplicate-key rule as the generated codecs: a
 * member given twice is refused, never read last-wins.
 *
 * <p>The {@code data} member is handed on as the exact text the sender wrote (a slice of the
 * document), so the codec reads what was sent, not a re-serialisation of it.
 */
final class StructuredEventReader {

  private static final String DUPLICATE_FIELD = "Duplicate field";

  /** The attributes the CloudEvents spec types as String: a JSON string, nothing else. */
  private static final Set<String> STRING_ATTRIBUTES =
      Set.of(
          "specversion",
          "id",
          "source",
          "type",
          "subject",
          "time",
          "datacontenttype",
          "dataschema");

  private StructuredEventReader() {}

  /**
   * Reads the event's attributes and data.
   *
   * @throws Rejection {@code bad-json} when the text is not one JSON object within the limits,
   *     {@code invalid-attribute} when a member is given twice, or a member other than {@code data}
   *     is not a string, integer or boolean
   */
  static Attributes read(String json) throws Rejection {
    try (JsonParser parser = JsonLimits.factory().createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new Rejection(
            RejectionReason.BAD_JSON, "the structured CloudEvent is not a JSON object");
      }
      Attributes attributes = new Attributes();
      String base64 = null;
      boolean inlineData = false;
      while (nextMember(parser) == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("data")) {
          inlineData = value != JsonToken.VALUE_NULL;
          String data = slice(json, parser);
          if (inlineData) {
            attributes.dataText(data);
          }
        } else if (value != JsonToken.VALUE_NULL) {
          // Every other member is a context attribute, a JSON scalar in the event format.
          String text = scalar(parser, name);
          if (name.equals("data_base64")) {
            base64 = text;
          } else {
            attributes.put(name, text);
          }
        }
      }
      if (parser.nextToken() != null) {
        throw new Rejection(
            RejectionReason.BAD_JSON, "the structured CloudEvent has content after its object");
      }
      if (base64 != null) {
        if (inlineData) {
          throw new Rejection(
              RejectionReason.BAD_JSON,
              "the structured CloudEvent has both data and data_base64; it may have one");
        }
        attributes.dataBytes(base64(base64));
      }
      return attributes;
    } catch (StreamConstraintsException e) {
      throw new Rejection(
          RejectionReason.BAD_JSON,
          "the structured CloudEvent exceeds a JSON limit: " + message(e));
    } catch (JsonProcessingException e) {
      throw new Rejection(
          RejectionReason.BAD_JSON, "the structured CloudEvent is not JSON: " + message(e));
    } catch (IOException e) {
      // Cannot happen on a String source; said plainly should a future version do it.
      throw new Rejection(RejectionReason.BAD_JSON, "reading the structured CloudEvent failed");
    }
  }

  /** The next member name, or the end of the object; a repeated name is a repeated attribute. */
  private static JsonToken nextMember(JsonParser parser) throws IOException, Rejection {
    try {
      return parser.nextToken();
    } catch (JsonParseException e) {
      String message = e.getOriginalMessage();
      if (message != null && message.startsWith(DUPLICATE_FIELD)) {
        throw new Rejection(
            RejectionReason.INVALID_ATTRIBUTE,
            "the structured CloudEvent gives a member twice ("
                + JsonLimits.quote(message)
                + "); a CloudEvents attribute is given once");
      }
      throw e;
    }
  }

  /** The current value (any JSON value) as the sender wrote it, reading past it. */
  private static String slice(String json, JsonParser parser) throws IOException {
    int start = (int) parser.currentTokenLocation().getCharOffset();
    if (parser.currentToken().isStructStart()) {
      parser.skipChildren();
    } else {
      parser.finishToken();
    }
    int end = (int) parser.currentLocation().getCharOffset();
    return json.substring(start, end);
  }

  private static String scalar(JsonParser parser, String name) throws IOException, Rejection {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    boolean extensionScalar =
        token == JsonToken.VALUE_NUMBER_INT
            || token == JsonToken.VALUE_TRUE
            || token == JsonToken.VALUE_FALSE;
    if (extensionScalar && !STRING_ATTRIBUTES.contains(name)) {
      return parser.getText();
    }
    throw new Rejection(
        RejectionReason.INVALID_ATTRIBUTE,
        "the structured CloudEvent's "
            + JsonLimits.quote(name)
            + " is "
            + describe(token)
            + (STRING_ATTRIBUTES.contains(name)
                ? ", not a string"
                : ", not a string, integer or boolean"));
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_NUMBER_INT -> "a number";
      case VALUE_NUMBER_FLOAT -> "a number with a fraction or exponent";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      default -> token.name();
    };
  }

  private static byte[] base64(String text) throws Rejection {
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new Rejection(
          RejectionReason.BAD_JSON,
          "the CloudEvent's data_base64 is not Base64: " + JsonLimits.quote(e.getMessage()));
    }
  }

  /** A parser message, first line only and bounded. */
  static String message(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return e.getClass().getSimpleName();
    }
    int newline = message.indexOf('\n');
    return JsonLimits.quote(newline < 0 ? message : message.substring(0, newline));
  }
}
