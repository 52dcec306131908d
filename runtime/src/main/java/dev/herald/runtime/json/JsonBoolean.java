package dev.herald.runtime.json;

/** JSON {@code true} or {@code false}. */
public final class JsonBoolean extends JsonValue {

  private final boolean value;

  JsonBoolean(JsonValue parent, String key, int index, int offset, boolean value) {
    super(parent, key, index, offset);
    this.value = value;
  }

  @Override
  public String kind() {
    return "boolean";
  }

  @Override
  public boolean asBoolean() {
    return value;
  }
}
