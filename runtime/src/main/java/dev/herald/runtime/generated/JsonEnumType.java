package dev.herald.runtime.generated;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An enum, written as its constant's name and read back by name; an unknown name is an error. */
final class JsonEnumType implements JsonType {

  private final String expected;
  private final Map<String, Enum<?>> byName = new HashMap<>();

  JsonEnumType(String name, Enum<?>[] constants) {
    List<String> names = new ArrayList<>();
    for (Enum<?> constant : constants) {
      byName.put(constant.name(), constant);
      names.add(constant.name());
    }
    this.expected = "a " + name + ": " + JsonSealedType.alternatives(names);
  }

  @Override
  public String expected() {
    return expected;
  }

  @Override
  public Object read(JsonInput in) throws IOException {
    if (in.token() == JsonToken.VALUE_STRING) {
      Enum<?> constant = byName.get(in.parser.getText());
      if (constant != null) {
        return constant;
      }
    }
    throw in.expected(expected);
  }

  @Override
  public void write(JsonOutput out, Object value) throws IOException {
    out.generator.writeString(((Enum<?>) value).name());
  }
}
