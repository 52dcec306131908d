package dev.herald.processor.diagnostics;

import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Short, readable names of the user's elements for messages: the compiler already prints file and
 * line, so a message names {@code Kitchen.startCooking(OrderConfirmed)} rather than fully qualified
 * signatures.
 */
public final class Describe {

  private Describe() {}

  /** A method as {@link #method}, a type as {@link #type(TypeElement)}. */
  public static String element(Element element) {
    return element.getKind() == ElementKind.METHOD
        ? method((ExecutableElement) element)
        : type((TypeElement) element);
  }

  /** {@code Outer.Inner} for a nested type, {@code Kitchen} for a top-level one. */
  public static String type(TypeElement type) {
    Element enclosing = type.getEnclosingElement();
    if (enclosing.getKind().isClass() || enclosing.getKind().isInterface()) {
      return type((TypeElement) enclosing) + "." + type.getSimpleName();
    }
    return type.getSimpleName().toString();
  }

  /** {@code Kitchen.startCooking(OrderConfirmed, EventContext)}. */
  public static String method(ExecutableElement method) {
    String parameters =
        method.getParameters().stream()
            .map(parameter -> type(parameter.asType()))
            .collect(Collectors.joining(", "));
    return type((TypeElement) method.getEnclosingElement())
        + "."
        + method.getSimpleName()
        + "("
        + parameters
        + ")";
  }

  /** The simple name of a declared type, or the type as the compiler spells it otherwise. */
  public static String type(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      return type((TypeElement) ((DeclaredType) type).asElement());
    }
    return type.toString();
  }

  /**
   * "a class", "an interface", "an enum"... for messages about what a type is instead of what it
   * should be.
   */
  public static String kind(ElementKind kind) {
    switch (kind) {
      case CLASS:
        return "a class";
      case INTERFACE:
        return "an interface";
      case ENUM:
        return "an enum";
      case ANNOTATION_TYPE:
        return "an annotation type";
      case RECORD:
        return "a record";
      default:
        return kind.name().toLowerCase(Locale.ROOT);
    }
  }
}
