package dev.herald.processor.validation;

import dev.herald.processor.diagnostics.Describe;
import dev.herald.processor.diagnostics.Diagnostic;
import dev.herald.processor.diagnostics.Finding;
import dev.herald.processor.reading.Annotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Warns about a handler class that keeps state but has no scope: the generated table asks its
 * {@code Provider} for the handler on every delivery, so an unscoped handler is created anew each
 * time, and whatever it remembered is silently gone.
 *
 * <p>State is a non-final instance field, or a final one holding a mutable JDK container (an array,
 * a collection or map class, an atomic, a {@code StringBuilder}): those are nearly always
 * initialised in place, so each new instance starts empty. A final field of any other type is
 * usually injected, and then the same object reaches every instance.
 */
final class HandlerScopeCheck {

  private static final Set<String> SCOPE_ANNOTATIONS =
      Set.of("jakarta.inject.Scope", "javax.inject.Scope");

  private static final List<String> CONTAINER_SUPERTYPES =
      List.of(
          "java.util.Collection",
          "java.util.Map",
          "java.lang.StringBuilder",
          "java.lang.StringBuffer");

  private final Elements elements;
  private final Types types;

  HandlerScopeCheck(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** The warning for the handler class, if it keeps state without a scope. */
  Optional<Finding> check(TypeElement handler) {
    if (isScoped(handler)) {
      return Optional.empty();
    }
    List<String> stateful = new ArrayList<>();
    for (VariableElement field : ElementFilter.fieldsIn(handler.getEnclosedElements())) {
      if (!field.getModifiers().contains(Modifier.STATIC) && holdsState(field)) {
        stateful.add(field.getSimpleName().toString());
      }
    }
    if (stateful.isEmpty()) {
      return Optional.empty();
    }
    String fields =
        stateful.size() == 1
            ? "the field " + stateful.get(0)
            : "the fields " + String.join(", ", stateful);
    return Optional.of(
        Finding.on(handler, Diagnostic.UNSCOPED_STATEFUL_HANDLER, Describe.type(handler), fields));
  }

  /** Whether the class carries an annotation that is itself annotated {@code @Scope}. */
  private static boolean isScoped(TypeElement handler) {
    for (AnnotationMirror annotation : handler.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
      for (String scope : SCOPE_ANNOTATIONS) {
        if (Annotations.has(type, scope)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean holdsState(VariableElement field) {
    if (!field.getModifiers().contains(Modifier.FINAL)) {
      return true;
    }
    TypeMirror type = field.asType();
    if (type.getKind() == TypeKind.ARRAY) {
      return true;
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    if (element.getKind() != ElementKind.CLASS) {
      return false; // An interface such as List may well be injected.
    }
    String packageName = elements.getPackageOf(element).getQualifiedName().toString();
    if (packageName.equals("java.util.concurrent.atomic")) {
      return true;
    }
    return packageName.startsWith("java.")
        && CONTAINER_SUPERTYPES.stream().anyMatch(supertype -> isSubtype(type, supertype));
  }

  private boolean isSubtype(TypeMirror type, String supertypeName) {
    TypeElement supertype = elements.getTypeElement(supertypeName);
    return supertype != null
        && types.isSubtype(types.erasure(type), types.erasure(supertype.asType()));
  }
}
