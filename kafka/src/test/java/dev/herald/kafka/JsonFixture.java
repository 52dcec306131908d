package dev.herald.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.runtime.generated.EventDecodingException;
import java.io.IOException;

/** Minimal JSON for the hand-written test codecs: strict about fields, as a generated codec is. */
public final class JsonFixture {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String typeName;
  private final JsonNode root;

  private JsonFixture(String typeName, JsonNode root) {
    this.typeName = typeName;
    this.root = root;
  }

  public static String object(Object... namesAndValues) {
    ObjectNode node = MAPPER.createObjectNode();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      if (value instanceof Long n) {
        node.put((String) namesAndValues[i], n);
      } else {
        node.put((String) namesAndValues[i], (String) value);
      }
    }
    return node.toString();
  }

  public static JsonFixture parse(String typeName, String json) {
    try {
      JsonNode root = MAPPER.readTree(json);
      if (root == null || !root.isObject()) {
        throw new EventDecodingException("$: expected an object for " + typeName);
      }
      return new JsonFixture(typeName, root);
    } catch (IOException e) {
      throw new EventDecodingException("$: malformed JSON for " + typeName, e);
    }
  }

  public String text(String field) {
    JsonNode node = root.get(field);
    if (node == null || !node.isTextual()) {
      throw new EventDecodingException("$." + field + ": expected a string for " + typeName);
    }
    return node.asText();
  }

  public long number(String field) {
    JsonNode node = root.get(field);
    if (node == null || !node.canConvertToLong() || !node.isIntegralNumber()) {
      throw new EventDecodingException("$." + field + ": expected an integer for " + typeName);
    }
    return node.asLong();
  }
}
