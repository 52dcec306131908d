package dev.herald.processor.diagnostics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * One diagnostic bound to the place in the user's code it is about: an element and, where the
 * problem is one attribute, the annotation and value, so the compiler points at the exact token.
 *
 * @param diagnostic which rule was broken
 * @param arguments the values filled into the diagnostic's text
 * @param element the element the message is reported on; {@code null} for a problem with the
 *     processor options, which have no place in the source
 * @param annotation the annotation the message is about, if any
 * @param value the annotation value the message is about, if any (only with an annotation)
 */
public record Finding(
    Diagnostic diagnostic,
    List<Object> arguments,
    Element element,
    Optional<AnnotationMirror> annotation,
    Optional<AnnotationValue> value) {

  public Finding {
    Objects.requireNonNull(diagnostic, "diagnostic");
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(annotation, "annotation");
    Objects.requireNonNull(value, "value");
  }

  /** A finding about a whole element. */
  public static Finding on(Element element, Diagnostic diagnostic, Object... arguments) {
    return new Finding(diagnostic, List.of(arguments), element, Optional.empty(), Optional.empty());
  }

  /**
   * A finding about one annotation on an element, such as an annotation that does not belong there.
   */
  public static Finding onAnnotation(
      Element element, AnnotationMirror annotation, Diagnostic diagnostic, Object... arguments) {
    return new Finding(
        diagnostic, List.of(arguments), element, Optional.of(annotation), Optional.empty());
  }

  /** A finding about one value of an annotation on an element. */
  public static Finding onValue(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Diagnostic diagnostic,
      Object... arguments) {
    return new Finding(
        diagnostic, List.of(arguments), element, Optional.of(annotation), Optional.of(value));
  }

  /** A finding about the processor's configuration rather than any source element. */
  public static Finding global(Diagnostic diagnostic, Object... arguments) {
    return new Finding(diagnostic, List.of(arguments), null, Optional.empty(), Optional.empty());
  }

  /** The message as printed. */
  public String message() {
    return diagnostic.format(arguments.toArray());
  }
}
