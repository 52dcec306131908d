package dev.herald.processor.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The event types and handler classes of one compilation, gathered over all annotation processing
 * rounds.
 *
 * <p>It keeps qualified names rather than elements, because an element from an earlier round is not
 * guaranteed to be valid in a later one; {@link #eventTypes} and {@link #handlerTypes} look them up
 * again in the current round.
 */
public final class AnnotatedTypes {

  private final SortedSet<String> eventTypeNames = new TreeSet<>();
  private final SortedSet<String> handlerTypeNames = new TreeSet<>();

  /** The event types and {@code @Handles} methods among the root elements of a round. */
  public static List<Element> find(RoundEnvironment round, Elements elements) {
    List<Element> found = new ArrayList<>();
    for (String eventAnnotation :
        List.of(HeraldTypes.DOMAIN_EVENT, HeraldTypes.INTEGRATION_EVENT)) {
      found.addAll(annotatedWith(round, elements, eventAnnotation));
    }
    for (Element element : annotatedWith(round, elements, HeraldTypes.HANDLES)) {
      if (element.getKind() == ElementKind.METHOD) {
        found.add(element);
      }
    }
    return found;
  }

  /**
   * Adds the types of elements {@link #find} returned: the event types, and the classes of methods.
   */
  public void add(List<Element> found) {
    for (Element element : found) {
      if (element.getKind() == ElementKind.METHOD) {
        handlerTypeNames.add(
            ((TypeElement) element.getEnclosingElement()).getQualifiedName().toString());
      } else {
        // @Target(TYPE) makes every other annotated element a type.
        eventTypeNames.add(((TypeElement) element).getQualifiedName().toString());
      }
    }
  }

  /** Whether no round so far had anything for Herald. */
  public boolean isEmpty() {
    return eventTypeNames.isEmpty() && handlerTypeNames.isEmpty();
  }

  /** The types annotated {@code @DomainEvent} or {@code @IntegrationEvent}, in name order. */
  public List<TypeElement> eventTypes(Elements elements) {
    return lookUp(eventTypeNames, elements);
  }

  /** The types that declare {@code @Handles} methods, in name order. */
  public List<TypeElement> handlerTypes(Elements elements) {
    return lookUp(handlerTypeNames, elements);
  }

  /**
   * The elements whose signatures still name a type the compiler could not resolve: usually a type
   * another processor generates in this round, so they are worth another round.
   */
  public List<Element> unresolved(Elements elements) {
    List<Element> unresolved = new ArrayList<>();
    for (TypeElement event : eventTypes(elements)) {
      if (event.getInterfaces().stream().anyMatch(AnnotatedTypes::isError)) {
        unresolved.add(event);
      }
    }
    for (TypeElement handler : handlerTypes(elements)) {
      for (ExecutableElement method : handlesMethods(handler)) {
        boolean parameterUnresolved =
            method.getParameters().stream().anyMatch(parameter -> isError(parameter.asType()));
        if (parameterUnresolved || isError(method.getReturnType())) {
          unresolved.add(method);
        }
      }
    }
    return unresolved;
  }

  /** The {@code @Handles} methods of a type, in declaration order. */
  public static List<ExecutableElement> handlesMethods(TypeElement type) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (Annotations.has(method, HeraldTypes.HANDLES)) {
        methods.add(method);
      }
    }
    return methods;
  }

  private static boolean isError(TypeMirror type) {
    return type.getKind() == TypeKind.ERROR;
  }

  private static List<? extends Element> annotatedWith(
      RoundEnvironment round, Elements elements, String annotationName) {
    TypeElement annotation = elements.getTypeElement(annotationName);
    return annotation == null ? List.of() : List.copyOf(round.getElementsAnnotatedWith(annotation));
  }

  private static List<TypeElement> lookUp(SortedSet<String> names, Elements elements) {
    List<TypeElement> types = new ArrayList<>();
    for (String name : names) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        types.add(type);
      }
    }
    return types;
  }
}
