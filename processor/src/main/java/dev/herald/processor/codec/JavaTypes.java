package dev.herald.processor.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Java types as documents and the shape resolver name them. */
final class JavaTypes {

  private JavaTypes() {}

  /**
   * The type as a reader writes it: simple names for {@code java.lang}, otherwise qualified, with
   * type arguments, e.g. {@code java.util.List<String>}.
   */
  static String describe(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return describe(((ArrayType) type).getComponentType()) + "[]";
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return type.getKind().isPrimitive()
          ? type.getKind().name().toLowerCase(Locale.ROOT)
          : type.toString();
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    String name = element.getQualifiedName().toString();
    if (name.startsWith("java.lang.") && name.indexOf('.', "java.lang.".length()) < 0) {
      name = element.getSimpleName().toString();
    }
    if (declared.getTypeArguments().isEmpty()) {
      return name;
    }
    List<String> arguments = new ArrayList<>();
    for (TypeMirror argument : declared.getTypeArguments()) {
      arguments.add(describe(argument));
    }
    return name + "<" + String.join(", ", arguments) + ">";
  }

  /** The qualified name of a declared type, or the type as the compiler spells it. */
  static String qualifiedName(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }
    return type.toString();
  }

  /** The package an element is declared in. */
  static String packageOf(Element element) {
    Element e = element;
    while (e.getKind() != ElementKind.PACKAGE) {
      e = e.getEnclosingElement();
    }
    return ((PackageElement) e).getQualifiedName().toString();
  }
}
