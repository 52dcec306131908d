package dev.herald.processor.reading;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads annotations as the compiler sees them (mirrors, not instances), so that messages can point
 * at one annotation value and nothing depends on loading the user's classes.
 */
public final class Annotations {

  private Annotations() {}

  /** The annotation of the given type directly on the element. */
  public static Optional<AnnotationMirror> find(Element element, String annotationType) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotationType)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** Whether the element carries the annotation directly. */
  public static boolean has(Element element, String annotationType) {
    return find(element, annotationType).isPresent();
  }

  /** The value of the named attribute, the declared default when the user left it out. */
  public static AnnotationValue value(Elements elements, AnnotationMirror annotation, String name) {
    Map<? extends ExecutableElement, ? extends AnnotationValue> values =
        elements.getElementValuesWithDefaults(annotation);
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        values.entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException(
        "@" + annotation.getAnnotationType() + " has no attribute " + name);
  }

  /**
   * The non-empty string the user wrote for the named attribute of the annotation on the element;
   * empty when there is no such annotation, or the attribute is left at (or set to) {@code ""}.
   */
  public static Optional<AnnotationValue> explicitString(
      Element element, String annotationType, String name) {
    return find(element, annotationType)
        .flatMap(annotation -> explicitValue(annotation, name))
        .filter(value -> !((String) value.getValue()).isEmpty());
  }

  /**
   * The value the user wrote for the named attribute, for pointing a message at it; empty when the
   * attribute was left at its default.
   */
  public static Optional<AnnotationValue> explicitValue(AnnotationMirror annotation, String name) {
    return annotation.getElementValues().entrySet().stream()
        .filter(entry -> entry.getKey().getSimpleName().contentEquals(name))
        .map(Map.Entry::getValue)
        .map(AnnotationValue.class::cast)
        .findFirst();
  }
}
