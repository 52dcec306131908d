package dev.herald.runtime.json;

/** JSON {@code null}: every typed accessor rejects it, naming where it was found. */
public final class JsonNull extends JsonValue {

  JsonNull(JsonValue parent, String key, int index, int offset) {
    super(parent, key, index, offset);
  }

  @Override
  public String kind() {
    return "null";
  }

  @Override
  public boolean isNull() {
    return true;
  }
}
