package dev.herald.processor.reading;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Recognises event-sourced aggregates, classes extending {@code
 * dev.herald.runtime.EventSourcedAggregate}, by name, so that the processor does not need the
 * runtime on its path.
 */
public final class EventSourcedTypes {

  private EventSourcedTypes() {}

  /**
   * The classes among the given root elements, and the classes nested in them, that extend {@code
   * EventSourcedAggregate}: aggregates without an {@code @Applies} method are found too.
   */
  public static List<TypeElement> find(Collection<? extends Element> rootElements) {
    List<TypeElement> found = new ArrayList<>();
    Deque<TypeElement> pending = new ArrayDeque<>(ElementFilter.typesIn(rootElements));
    while (!pending.isEmpty()) {
      TypeElement type = pending.pop();
      if (isEventSourced(type)) {
        found.add(type);
      }
      pending.addAll(ElementFilter.typesIn(type.getEnclosedElements()));
    }
    return found;
  }

  /** Whether the type's superclass chain reaches {@code EventSourcedAggregate}. */
  public static boolean isEventSourced(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    while (superclass.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
      if (element.getQualifiedName().contentEquals(HeraldTypes.EVENT_SOURCED_AGGREGATE)) {
        return true;
      }
      superclass = element.getSuperclass();
    }
    return false;
  }

  /**
   * {@code EventSourcedAggregate<ID, E>} as the type inherits it, with the type arguments its
   * superclasses give; empty when it does not extend it.
   */
  public static Optional<DeclaredType> eventSourcedSupertype(Types types, TypeElement type) {
    Deque<TypeMirror> pending = new ArrayDeque<>(List.of(type.asType()));
    while (!pending.isEmpty()) {
      TypeMirror next = pending.pop();
      if (next.getKind() != TypeKind.DECLARED) {
        continue;
      }
      DeclaredType declared = (DeclaredType) next;
      TypeElement element = (TypeElement) declared.asElement();
      if (element.getQualifiedName().contentEquals(HeraldTypes.EVENT_SOURCED_AGGREGATE)) {
        return Optional.of(declared);
      }
      // Only the superclass: EventSourcedAggregate is a class, and interfaces cannot extend it.
      types.directSupertypes(next).stream()
          .filter(supertype -> !isInterface(supertype))
          .forEach(pending::add);
    }
    return Optional.empty();
  }

  /**
   * The superclasses of an aggregate up to {@code EventSourcedAggregate} (excluded), the aggregate
   * first: where its {@code @Applies} methods may be declared.
   */
  public static List<TypeElement> classChain(TypeElement aggregate) {
    List<TypeElement> chain = new ArrayList<>();
    TypeElement type = aggregate;
    while (type != null
        && !type.getQualifiedName().contentEquals(HeraldTypes.EVENT_SOURCED_AGGREGATE)) {
      chain.add(type);
      TypeMirror superclass = type.getSuperclass();
      type =
          superclass.getKind() == TypeKind.DECLARED
              ? (TypeElement) ((DeclaredType) superclass).asElement()
              : null;
    }
    return chain;
  }

  private static boolean isInterface(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).asElement().getKind().isInterface();
  }
}
