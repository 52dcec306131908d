package dev.herald.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Objects;

/**
 * A record as a JSON object: its components in declaration order.
 *
 * @param type the record
 * @param components its components, each a member of the object
 */
public record JsonRecord(ClassName type, List<JsonComponent> components) {

  public JsonRecord {
    Objects.requireNonNull(type, "type");
    components = List.copyOf(components);
  }
}
