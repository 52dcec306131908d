package dev.herald.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.Objects;

/**
 * A record component as JSON: a member named like the component.
 *
 * @param name the component's name, also its JSON member and accessor
 * @param javaType its type as a reader writes it: simple names for {@code java.lang}, otherwise
 *     qualified, e.g. {@code java.util.List<com.mariopizzeria.Pizza>}
 * @param type its type for generated code
 * @param shape its JSON form
 * @param nullable whether it may be {@code null} (a {@code @Nullable} annotation of any package on
 *     the component, its type or its accessor; never for a primitive)
 */
public record JsonComponent(
    String name, String javaType, TypeName type, JsonShape shape, boolean nullable) {

  public JsonComponent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(javaType, "javaType");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(shape, "shape");
  }

  /** Whether the member is always present and not {@code null} in JSON. */
  public boolean required() {
    return !nullable && !(shape instanceof JsonShape.OptionalOf);
  }
}
