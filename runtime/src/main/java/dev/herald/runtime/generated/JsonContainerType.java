package dev.herald.runtime.generated;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code List} or {@code Set} as a JSON array, or a {@code Map<String, V>} as a JSON object, of
 * elements that are never {@code null}. What is read is unmodifiable and keeps document order; a
 * set refuses a duplicate element, an object a duplicate name (the parser does).
 */
final class JsonContainerType implements JsonType {

  /** Which container. */
  enum Kind {
    LIST,
    SET,
    MAP
  }

  final Kind kind;
  final JsonType element;

  JsonContainerType(Kind kind, JsonType element) {
    this.kind = kind;
    this.element = element;
  }

  @Override
  public String expected() {
    return kind == Kind.MAP ? "an object" : "an array";
  }

  @Override
  public Object read(JsonInput in) throws IOException {
    JsonParser parser = in.parser;
    if (kind == Kind.MAP) {
      if (in.token() != JsonToken.START_OBJECT) {
        throw in.expected(expected());
      }
      Map<String, Object> map = new LinkedHashMap<>();
      for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
        parser.nextToken();
        map.put(name, readElement(in));
      }
      return Collections.unmodifiableMap(map);
    }
    if (in.token() != JsonToken.START_ARRAY) {
      throw in.expected(expected());
    }
    Collection<Object> values = kind == Kind.SET ? new LinkedHashSet<>() : new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (!values.add(readElement(in))) {
        throw in.failure("duplicate element in a set");
      }
    }
    return kind == Kind.SET
        ? Collections.unmodifiableSet((Set<Object>) values)
        : Collections.unmodifiableList((List<Object>) values);
  }

  @Override
  public void write(JsonOutput out, Object value) throws IOException {
    JsonGenerator generator = out.generator;
    if (kind == Kind.MAP) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        if (entry.getKey() == null) {
          throw out.invalid("has a null key");
        }
        generator.writeFieldName((String) entry.getKey());
        writeElement(out, entry.getValue());
      }
      generator.writeEndObject();
      return;
    }
    generator.writeStartArray();
    for (Object item : (Collection<?>) value) {
      writeElement(out, item);
    }
    generator.writeEndArray();
  }

  private Object readElement(JsonInput in) throws IOException {
    if (in.token() == JsonToken.VALUE_NULL) {
      throw in.expected(element.expected());
    }
    return element.read(in);
  }

  private void writeElement(JsonOutput out, Object item) throws IOException {
    if (item == null) {
      throw out.nullValue();
    }
    element.write(out, item);
  }
}
