package dev.herald.runtime.generated;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;

/**
 * A record as a JSON object with one member per component, in declaration order. Reading collects
 * the members in an array (unknown ones are skipped, so newer producers may add members) and hands
 * it to the generated codec's constructor switch; writing asks the codec for the components.
 */
final class JsonRecordType implements JsonType {

  /** Marks a member the object has not had (yet); {@code null} is a value. */
  private static final Object ABSENT = new Object();

  final String name;
  final Class<?> type;
  final int index;
  final JsonMember[] members;

  JsonRecordType(String name, Class<?> type, int index, JsonMember[] members) {
    this.name = name;
    this.type = type;
    this.index = index;
    this.members = members;
  }

  @Override
  public String expected() {
    return "an object";
  }

  @Override
  public Object read(JsonInput in) throws IOException {
    if (in.token() != JsonToken.START_OBJECT) {
      throw in.expected(expected());
    }
    return readMembers(in, in.parser.nextFieldName());
  }

  /**
   * Reads the rest of an object whose next member name is {@code name} ({@code null} at its end)
   * and builds the record.
   */
  Object readMembers(JsonInput in, String name) throws IOException {
    JsonParser parser = in.parser;
    Object[] values = new Object[members.length];
    Arrays.fill(values, ABSENT);
    int next = 0;
    for (; name != null; name = parser.nextFieldName()) {
      parser.nextToken();
      int member = indexOf(name, next);
      if (member < 0) {
        parser.skipChildren();
        continue;
      }
      values[member] = members[member].read(in);
      next = member + 1;
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] == ABSENT) {
        values[i] = members[i].absent(in);
      }
    }
    try {
      return in.codec.construct(index, values);
    } catch (EventDecodingException e) {
      throw e;
    } catch (RuntimeException e) {
      // The record's own validation refused the values, e.g. a negative amount.
      throw in.failure(name() + " rejected the values: " + JsonLimits.quote(e.toString()));
    }
  }

  @Override
  public void write(JsonOutput out, Object value) throws IOException {
    out.generator.writeStartObject();
    writeMembers(out, value);
    out.generator.writeEndObject();
  }

  /** Writes the members of an object already started. */
  void writeMembers(JsonOutput out, Object value) throws IOException {
    Object[] values = out.codec.components(index, value);
    for (int i = 0; i < members.length; i++) {
      members[i].write(out, values[i]);
    }
  }

  /** The name messages use. */
  String name() {
    return name;
  }

  /**
   * The member named {@code name}: producers usually write members in declaration order, so the one
   * after the last is tried first; parsed names are interned, so {@code ==} mostly decides.
   */
  private int indexOf(String name, int next) {
    if (next < members.length && members[next].name == name) {
      return next;
    }
    for (int i = 0; i < members.length; i++) {
      if (members[i].name.equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
