package dev.herald.processor.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Which event records a compilation knows, and which of them each handled type receives: the
 * compile-time answer to the fan-out question a reflective bus asks at run time.
 *
 * <p>The known records are those annotated in this compilation, those a handler takes directly
 * (they may come from another module), and the annotated records a handled sealed interface
 * permits.
 */
public final class EventTypeIndex {

  private final Types types;
  private final List<TypeElement> records;

  private EventTypeIndex(Types types, List<TypeElement> records) {
    this.types = types;
    this.records = List.copyOf(records);
  }

  /** Indexes the given annotated types and the event types the given handler classes take. */
  public static EventTypeIndex of(
      Types types, List<TypeElement> annotatedTypes, List<TypeElement> handlerTypes) {
    Map<String, TypeElement> records = new TreeMap<>();
    for (TypeElement type : annotatedTypes) {
      addIfEventRecord(type, records);
    }
    for (TypeElement handler : handlerTypes) {
      for (ExecutableElement method : AnnotatedTypes.handlesMethods(handler)) {
        if (!method.getParameters().isEmpty()) {
          declaredElement(method.getParameters().get(0).asType())
              .ifPresent(type -> addWithPermittedRecords(type, records));
        }
      }
    }
    return new EventTypeIndex(types, new ArrayList<>(records.values()));
  }

  /** Whether a type carries {@code @DomainEvent} or {@code @IntegrationEvent}. */
  public static boolean isAnnotatedEvent(Element type) {
    return Annotations.has(type, HeraldTypes.DOMAIN_EVENT)
        || Annotations.has(type, HeraldTypes.INTEGRATION_EVENT);
  }

  /** Every known event record, in qualified name order. */
  public List<TypeElement> records() {
    return records;
  }

  /**
   * The event type a handler parameter of this type receives: an annotated type (a record, unless
   * that is reported on the type), or an interface that a known record implements; empty when the
   * type is neither.
   */
  public Optional<TypeElement> eventTypeOf(TypeMirror parameterType) {
    // An annotated type that is not a proper record is reported on itself; accepting it here keeps
    // that one mistake from showing up again on every handler of it.
    return declaredElement(parameterType)
        .filter(
            type ->
                isAnnotatedEvent(type)
                    || (type.getKind() == ElementKind.INTERFACE && !recordsOf(type).isEmpty()));
  }

  /**
   * The event type a {@code @Handles} method takes, as {@link #eventTypeOf(TypeMirror)}; empty when
   * it takes no parameter, or not an event type.
   */
  public Optional<TypeElement> eventTypeOf(ExecutableElement method) {
    return method.getParameters().isEmpty()
        ? Optional.empty()
        : eventTypeOf(method.getParameters().get(0).asType());
  }

  /** The known records a handler of this event type receives, in qualified name order. */
  public List<TypeElement> recordsOf(TypeElement eventType) {
    List<TypeElement> received = new ArrayList<>();
    for (TypeElement record : records) {
      if (receives(eventType, record)) {
        received.add(record);
      }
    }
    return received;
  }

  /** Whether a handler of {@code eventType} receives events of {@code record}. */
  public boolean receives(TypeElement eventType, TypeElement record) {
    return types.isAssignable(record.asType(), types.erasure(eventType.asType()));
  }

  private static void addIfEventRecord(TypeElement type, Map<String, TypeElement> records) {
    if (type.getKind() == ElementKind.RECORD && isAnnotatedEvent(type)) {
      records.put(type.getQualifiedName().toString(), type);
    }
  }

  private static void addWithPermittedRecords(TypeElement type, Map<String, TypeElement> records) {
    addIfEventRecord(type, records);
    if (type.getKind() == ElementKind.INTERFACE) {
      for (TypeMirror permitted : type.getPermittedSubclasses()) {
        declaredElement(permitted).ifPresent(subtype -> addWithPermittedRecords(subtype, records));
      }
    }
  }

  private static Optional<TypeElement> declaredElement(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    return Optional.of((TypeElement) ((DeclaredType) type).asElement());
  }
}
