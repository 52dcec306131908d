package dev.herald.runtime.generated;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.Map;

/**
 * Turns what jackson-core throws while parsing into an {@link EventDecodingException} with the JSON
 * path, the offset, and for a broken limit the {@link JsonLimits} constant it broke, never quoting
 * more than {@link JsonLimits#MAX_QUOTED_LENGTH} characters of the input.
 */
final class JsonFailures {

  /** Jackson's accessor of each constraint, and the constant that sets it. */
  private static final Map<String, String> LIMITS =
      Map.of(
          "getMaxNumberLength",
              "JsonLimits.MAX_NUMBER_LENGTH (" + JsonLimits.MAX_NUMBER_LENGTH + ")",
          "getMaxStringLength",
              "JsonLimits.MAX_STRING_LENGTH (" + JsonLimits.MAX_STRING_LENGTH + ")",
          "getMaxNameLength", "JsonLimits.MAX_STRING_LENGTH (" + JsonLimits.MAX_STRING_LENGTH + ")",
          "getMaxNestingDepth",
              "JsonLimits.MAX_NESTING_DEPTH (" + JsonLimits.MAX_NESTING_DEPTH + ")",
          "getMaxDocumentLength",
              "JsonLimits.MAX_DOCUMENT_LENGTH (" + JsonLimits.MAX_DOCUMENT_LENGTH + ")");

  private JsonFailures() {}

  /** The decoding failure for what the parser threw, located where the parser stood. */
  static EventDecodingException of(JsonProcessingException e, JsonParser parser) {
    String path =
        parser == null
            ? "$"
            : JsonInput.shortened("$" + JsonInput.segments(parser.getParsingContext()));
    String message = e.getOriginalMessage() == null ? e.toString() : e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      for (Map.Entry<String, String> limit : LIMITS.entrySet()) {
        if (message.contains(limit.getKey())) {
          return new EventDecodingException(
              path + ": beyond the limit " + limit.getValue() + at(e.getLocation()), e);
        }
      }
    }
    if (message.startsWith("Duplicate")) {
      // Jackson's wording changed between versions; the rule is ours: one member per name.
      return new EventDecodingException(
          path + ": duplicate member, a member of that name came before" + at(e.getLocation()), e);
    }
    return new EventDecodingException(
        path + ": malformed JSON: " + JsonLimits.quote(message) + at(e.getLocation()), e);
  }

  /** Closes the parser, which holds only buffers; nothing can fail that matters here. */
  static void close(JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException | RuntimeException ignored) {
        // A String source has nothing to release but recycled buffers.
      }
    }
  }

  private static String at(JsonLocation location) {
    if (location == null || location.getCharOffset() < 0) {
      return "";
    }
    return " at offset " + location.getCharOffset();
  }
}
