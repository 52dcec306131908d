package dev.herald.runtime.json;

/** A JSON string, unescaped. */
public final class JsonString extends JsonValue {

  private final String value;

  JsonString(JsonValue parent, String key, int index, int offset, String value) {
    super(parent, key, index, offset);
    this.value = value;
  }

  @Override
  public String kind() {
    return "string";
  }

  @Override
  public String asString() {
    return value;
  }
}
