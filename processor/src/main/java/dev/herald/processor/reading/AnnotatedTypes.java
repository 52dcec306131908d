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
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The event types, handler classes, upcaster classes and event-sourced aggregates of one
 * compilation, gathered over all annotation processing rounds.
 *
 * <p>It keeps qualified names rather than elements, because an element from an earlier round is not
 * guaranteed to be valid in a later one; {@link #eventTypes} and {@link #handlerTypes} look them up
 * again in the current round.
 */
public final class AnnotatedTypes {

  private final SortedSet<String> eventTypeNames = new TreeSet<>();
  private final SortedSet<String> handlerTypeNames = new TreeSet<>();
  private final SortedSet<String> upcasterTypeNames = new TreeSet<>();
  private final SortedSet<String> aggregateTypeNames = new TreeSet<>();

  /**
   * The event types, the {@code @Handles}, {@code @Upcasts} and {@code @Applies} methods, and the
   * event-sourced aggregates among the root elements of a round.
   */
  public static List<Element> find(RoundEnvironment round, Elements elements) {
    List<Element> found = new ArrayList<>();
    for (String eventAnnotation :
        List.of(HeraldTypes.DOMAIN_EVENT, HeraldTypes.INTEGRATION_EVENT)) {
      found.addAll(annotatedWith(round, elements, eventAnnotation));
    }
    for (String methodAnnotation :
        List.of(HeraldTypes.HANDLES, HeraldTypes.UPCASTS, HeraldTypes.APPLIES)) {
      for (Element element : annotatedWith(round, elements, methodAnnotation)) {
        if (element.getKind() == ElementKind.METHOD) {
          found.add(element);
        }
      }
    }
    for (TypeElement aggregate : EventSourcedTypes.find(round.getRootElements())) {
      if (!EventTypeIndex.isAnnotatedEvent(aggregate)) {
        found.add(aggregate);
      }
    }
    return found;
  }

  /**
   * Adds the types of elements {@link #find} returned: the event types and aggregates, and the
   * classes of methods.
   */
  public void add(List<Element> found) {
    for (Element element : found) {
      if (element.getKind() == ElementKind.METHOD) {
        String type = ((TypeElement) element.getEnclosingElement()).getQualifiedName().toString();
        if (Annotations.has(element, HeraldTypes.HANDLES)) {
          handlerTypeNames.add(type);
        }
        if (Annotations.has(element, HeraldTypes.UPCASTS)) {
          upcasterTypeNames.add(type);
        }
        if (Annotations.has(element, HeraldTypes.APPLIES)) {
          aggregateTypeNames.add(type);
        }
      } else if (EventTypeIndex.isAnnotatedEvent(element)) {
        eventTypeNames.add(((TypeElement) element).getQualifiedName().toString());
      } else {
        // The only other types find returns: event-sourced aggregates.
        aggregateTypeNames.add(((TypeElement) element).getQualifiedName().toString());
      }
    }
  }

  /** Whether no round so far had anything for Herald. */
  public boolean isEmpty() {
    return eventTypeNames.isEmpty()
        && handlerTypeNames.isEmpty()
        && upcasterTypeNames.isEmpty()
        && aggregateTypeNames.isEmpty();
  }

  /** Every type gathered so far, looked up in the current round. */
  public CompilationTypes types(Elements elements) {
    return new CompilationTypes(
        eventTypes(elements),
        handlerTypes(elements),
        upcasterTypes(elements),
        aggregateTypes(elements));
  }

  /** The types annotated {@code @DomainEvent} or {@code @IntegrationEvent}, in name order. */
  public List<TypeElement> eventTypes(Elements elements) {
    return lookUp(eventTypeNames, elements);
  }

  /** The types that declare {@code @Handles} methods, in name order. */
  public List<TypeElement> handlerTypes(Elements elements) {
    return lookUp(handlerTypeNames, elements);
  }

  /** The types that declare {@code @Upcasts} methods, in name order. */
  public List<TypeElement> upcasterTypes(Elements elements) {
    return lookUp(upcasterTypeNames, elements);
  }

  /**
   * The event-sourced aggregates and the other types that declare {@code @Applies} methods, in name
   * order.
   */
  public List<TypeElement> aggregateTypes(Elements elements) {
    return lookUp(aggregateTypeNames, elements);
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
      addUnresolvedMethods(handlesMethods(handler), unresolved);
    }
    for (TypeElement type : upcasterTypes(elements)) {
      addUnresolvedMethods(methodsWith(type, HeraldTypes.UPCASTS), unresolved);
    }
    for (TypeElement aggregate : aggregateTypes(elements)) {
      TypeMirror superclass = aggregate.getSuperclass();
      boolean superclassUnresolved =
          isError(superclass)
              || (superclass.getKind() == TypeKind.DECLARED
                  && ((DeclaredType) superclass)
                      .getTypeArguments().stream().anyMatch(AnnotatedTypes::isError));
      if (superclassUnresolved) {
        unresolved.add(aggregate);
      }
      addUnresolvedMethods(methodsWith(aggregate, HeraldTypes.APPLIES), unresolved);
    }
    return unresolved;
  }

  private static void addUnresolvedMethods(
      List<ExecutableElement> methods, List<Element> unresolved) {
    for (ExecutableElement method : methods) {
      boolean parameterUnresolved =
          method.getParameters().stream().anyMatch(parameter -> isError(parameter.asType()));
      if (parameterUnresolved || isError(method.getReturnType())) {
        unresolved.add(method);
      }
    }
  }

  /** The {@code @Handles} methods of a type, in declaration order. */
  public static List<ExecutableElement> handlesMethods(TypeElement type) {
    return methodsWith(type, HeraldTypes.HANDLES);
  }

  /** The methods of a type that carry the annotation, in declaration order. */
  public static List<ExecutableElement> methodsWith(TypeElement type, String annotationType) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (Annotations.has(method, annotationType)) {
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
