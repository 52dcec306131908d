package dev.herald.runtime.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A JSON array. */
public final class JsonArray extends JsonValue {

  private final List<JsonValue> elements = new ArrayList<>();

  JsonArray(JsonValue parent, String key, int index, int offset) {
    super(parent, key, index, offset);
  }

  @Override
  public String kind() {
    return "array";
  }

  @Override
  public JsonArray asArray() {
    return this;
  }

  /** The elements in order, unmodifiable. */
  public List<JsonValue> elements() {
    return Collections.unmodifiableList(elements);
  }

  /** How many elements there are. */
  public int size() {
    return elements.size();
  }

  /** The element at {@code index}. */
  public JsonValue get(int index) {
    return elements.get(index);
  }

  void add(JsonValue value) {
    elements.add(value);
  }
}
