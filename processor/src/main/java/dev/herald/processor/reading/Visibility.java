package dev.herald.processor.reading;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Whether generated code in a given package may name a type or call a method of the user's. */
public final class Visibility {

  private Visibility() {}

  /** Whether the type, and every type it is nested in, is accessible from the package. */
  public static boolean isTypeVisibleFrom(TypeElement type, String packageName, Elements elements) {
    for (Element scope = type; isType(scope); scope = scope.getEnclosingElement()) {
      if (scope.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
      if (!scope.getModifiers().contains(Modifier.PUBLIC)
          && !inPackage(scope, packageName, elements)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a non-private member is accessible from the package. */
  public static boolean isMemberVisibleFrom(Element member, String packageName, Elements elements) {
    return member.getModifiers().contains(Modifier.PUBLIC)
        || inPackage(member, packageName, elements);
  }

  /** Whether the type or one it is nested in is private. */
  public static boolean isPrivate(TypeElement type) {
    for (Element scope = type; isType(scope); scope = scope.getEnclosingElement()) {
      if (scope.getModifiers().contains(Modifier.PRIVATE)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the type and every type it is nested in is public. */
  public static boolean isPublic(TypeElement type) {
    for (Element scope = type; isType(scope); scope = scope.getEnclosingElement()) {
      if (!scope.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private static boolean inPackage(Element element, String packageName, Elements elements) {
    PackageElement elementPackage = elements.getPackageOf(element);
    return elementPackage.getQualifiedName().contentEquals(packageName);
  }

  private static boolean isType(Element element) {
    ElementKind kind = element.getKind();
    return kind.isClass() || kind.isInterface();
  }
}
