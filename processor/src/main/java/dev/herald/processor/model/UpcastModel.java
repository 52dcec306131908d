package dev.herald.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Objects;

/**
 * The upcaster of an older version of an event, as the generated codec calls it: {@code
 * Owner.method((Older) value)} returns the next version.
 *
 * @param owner the class declaring the static {@code @Upcasts} method
 * @param methodName the method's name
 * @param target the record of the next version
 */
public record UpcastModel(ClassName owner, String methodName, ClassName target) {

  public UpcastModel {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(methodName, "methodName");
    Objects.requireNonNull(target, "target");
  }

  /** {@code Owner.method}, as documents name the upcaster. */
  public String describe() {
    return String.join(".", owner.simpleNames()) + "." + methodName;
  }
}
