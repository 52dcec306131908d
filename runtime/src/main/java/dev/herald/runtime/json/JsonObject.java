package dev.herald.runtime.json;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A JSON object, with the member lookups generated decoders use: {@link #required}, {@link
 * #nullable} and {@link #optional}. Members it is not asked about are ignored, which keeps old
 * consumers reading events that a newer producer extended.
 */
public final class JsonObject extends JsonValue {

  /**
   * Up to this many members a linear scan beats hashing; beyond it, an index keeps lookups flat.
   */
  private static final int SCAN_LIMIT = 8;

  // Parallel arrays rather than a map: event objects are small, and this halves what a parse
  // allocates.
  private String[] names = new String[4];
  private JsonValue[] values = new JsonValue[4];
  private int size;
  private Map<String, Integer> index;

  JsonObject(JsonValue parent, String key, int index, int offset) {
    super(parent, key, index, offset);
  }

  @Override
  public String kind() {
    return "object";
  }

  @Override
  public JsonObject asObject() {
    return this;
  }

  /** The members in document order, as a new unmodifiable map. */
  public Map<String, JsonValue> members() {
    Map<String, JsonValue> members = new LinkedHashMap<>(Math.max(16, size * 2));
    for (int i = 0; i < size; i++) {
      members.put(names[i], values[i]);
    }
    return Collections.unmodifiableMap(members);
  }

  /** Calls {@code action} with each member in document order. */
  public void forEach(BiConsumer<String, JsonValue> action) {
    for (int i = 0; i < size; i++) {
      action.accept(names[i], values[i]);
    }
  }

  /** How many members there are. */
  public int size() {
    return size;
  }

  /**
   * The member named {@code name}, or {@code null} when there is none (a JSON {@code null} member
   * is returned as a {@link JsonNull}).
   */
  public JsonValue get(String name) {
    int i = indexOf(name);
    return i < 0 ? null : values[i];
  }

  /**
   * The member named {@code name}; its accessors still reject JSON {@code null}.
   *
   * @throws JsonDecodingException naming the member when it is absent
   */
  public JsonValue required(String name) {
    JsonValue value = get(name);
    if (value == null) {
      throw new JsonDecodingException(
          path(), "missing required member " + quote(name) + " in the object starting", offset());
    }
    return value;
  }

  /**
   * The member read with {@code reader}, or {@code null} when it is absent or JSON {@code null}.
   */
  public <T> T nullable(String name, JsonValueReader<? extends T> reader) {
    JsonValue value = get(name);
    return value == null || value.isNull() ? null : reader.read(value);
  }

  /** The member read with {@code reader}, or empty when it is absent or JSON {@code null}. */
  public <T> Optional<T> optional(String name, JsonValueReader<? extends T> reader) {
    return Optional.ofNullable(nullable(name, reader));
  }

  /**
   * Wraps what a record's constructor threw for values read from this object (its own validation),
   * so that the caller sees a decoding failure located at this object.
   */
  public JsonDecodingException rejected(String recordName, RuntimeException cause) {
    if (cause instanceof JsonDecodingException decoding) {
      return decoding;
    }
    return error(recordName + " rejected the values: " + cause, cause);
  }

  /** Adds a member; {@code false}, and no change, when one of that name exists. */
  boolean put(String name, JsonValue value) {
    if (indexOf(name) >= 0) {
      return false;
    }
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    names[size] = name;
    values[size] = value;
    if (index != null) {
      index.put(name, size);
    } else if (size == SCAN_LIMIT) {
      index = new HashMap<>();
      for (int i = 0; i <= size; i++) {
        index.put(names[i], i);
      }
    }
    size++;
    return true;
  }

  private int indexOf(String name) {
    if (index != null) {
      Integer i = index.get(name);
      return i == null ? -1 : i;
    }
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
