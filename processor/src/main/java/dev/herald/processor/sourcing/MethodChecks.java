package dev.herald.processor.sourcing;

import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** What apply methods and upcasters share: generated code calls them without a throws clause. */
final class MethodChecks {

  private MethodChecks() {}

  /** The first checked exception the method declares, which generated code could not pass on. */
  static Optional<TypeMirror> checkedException(
      Elements elements, Types types, ExecutableElement method) {
    TypeMirror runtime = elements.getTypeElement("java.lang.RuntimeException").asType();
    TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
    return method.getThrownTypes().stream()
        .filter(thrown -> !types.isSubtype(thrown, runtime) && !types.isSubtype(thrown, error))
        .map(thrown -> (TypeMirror) thrown)
        .findFirst();
  }
}
