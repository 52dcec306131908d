package dev.herald.processor.validation;

import dev.herald.processor.diagnostics.Describe;
import dev.herald.processor.diagnostics.Diagnostic;
import dev.herald.processor.diagnostics.Finding;
import dev.herald.processor.naming.HeraldNames;
import dev.herald.processor.reading.AnnotatedTypes;
import dev.herald.processor.reading.Annotations;
import dev.herald.processor.reading.EventTypeIndex;
import dev.herald.processor.reading.HeraldTypes;
import dev.herald.processor.reading.StableIds;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Checks what no single element shows: two integration events claiming one CloudEvents type, two
 * routes with one id or two events with one stored name, and event records that nothing in the
 * compilation handles (or applies, or reads as a newer version).
 */
public final class CompilationValidator {

  /**
   * The most handler classes one compilation may have: a constructor takes at most 254 reference
   * parameters (255 slots, one for {@code this}), and Dagger's factory for the module's provider
   * method has such a constructor too.
   */
  public static final int MAX_HANDLER_CLASSES = 254;

  private final Elements elements;
  private final EventTypeIndex index;
  private final Set<TypeElement> needNoHandler;

  /**
   * @param needNoHandler event records of use without a handler: older versions, which the codec
   *     reads as newer ones, and the events event-sourced aggregates apply
   */
  public CompilationValidator(
      Elements elements, EventTypeIndex index, Set<TypeElement> needNoHandler) {
    this.elements = elements;
    this.index = index;
    this.needNoHandler = Set.copyOf(needNoHandler);
  }

  /**
   * @param eventTypes the annotated types of the compilation, in name order
   * @param handlerTypes the handler classes of the compilation, in name order
   */
  public ValidationReport validate(List<TypeElement> eventTypes, List<TypeElement> handlerTypes) {
    ValidationReport.Builder report = ValidationReport.builder();
    validateIntegrationTypesAreUnique(eventTypes, report);
    validateEventsAreHandled(eventTypes, handlerTypes, report);
    validateHandlerClassCount(handlerTypes, report);
    validateRouteIdsAreUnique(handlerTypes, report);
    validateEventNamesAreUnique(eventTypes, report);
    return report.build();
  }

  /**
   * Two routes with one id would share their stored deliveries. Two default ids can only clash
   * within a class, which the HandlerValidator reports; here, clashes with an explicit id.
   */
  private void validateRouteIdsAreUnique(
      List<TypeElement> handlerTypes, ValidationReport.Builder report) {
    Map<String, ExecutableElement> byId = new HashMap<>();
    for (TypeElement handler : handlerTypes) {
      if (handler.getKind() != ElementKind.CLASS) {
        continue;
      }
      for (ExecutableElement method : AnnotatedTypes.handlesMethods(handler)) {
        Optional<TypeElement> eventType = index.eventTypeOf(method);
        if (eventType.isEmpty()) {
          continue;
        }
        String id = StableIds.routeId(elements, method, eventType.get());
        ExecutableElement earlier = byId.putIfAbsent(id, method);
        boolean explicit =
            StableIds.explicitRouteId(method).isPresent()
                || (earlier != null && StableIds.explicitRouteId(earlier).isPresent());
        if (earlier != null && explicit) {
          report.add(
              atExplicitValue(
                  method,
                  HeraldTypes.HANDLES,
                  "id",
                  Diagnostic.DUPLICATE_ROUTE_ID,
                  Describe.method(method),
                  id,
                  Describe.method(earlier)));
        }
      }
    }
  }

  /**
   * Two events stored under one name could not be told apart when read back. Canonical names are
   * unique and integration types are checked above, so a clash involves an explicit name.
   */
  private void validateEventNamesAreUnique(
      List<TypeElement> eventTypes, ValidationReport.Builder report) {
    Map<String, TypeElement> byName = new HashMap<>();
    for (TypeElement event : eventTypes) {
      if (event.getKind() != ElementKind.RECORD) {
        continue;
      }
      String name = StableIds.storedName(elements, event);
      TypeElement earlier = byName.putIfAbsent(name, event);
      boolean bothIntegration =
          earlier != null
              && Annotations.has(event, HeraldTypes.INTEGRATION_EVENT)
              && Annotations.has(earlier, HeraldTypes.INTEGRATION_EVENT);
      if (earlier != null && !bothIntegration) {
        report.add(
            atExplicitValue(
                event,
                HeraldTypes.DOMAIN_EVENT,
                "name",
                Diagnostic.DUPLICATE_EVENT_NAME,
                Describe.type(event),
                name,
                Describe.type(earlier)));
      }
    }
  }

  /** A finding on the attribute's value when the user wrote one, else on the element. */
  private static Finding atExplicitValue(
      Element element,
      String annotationType,
      String attribute,
      Diagnostic diagnostic,
      Object... arguments) {
    Optional<AnnotationMirror> annotation = Annotations.find(element, annotationType);
    Optional<AnnotationValue> value =
        annotation.flatMap(mirror -> Annotations.explicitValue(mirror, attribute));
    return value.isPresent()
        ? Finding.onValue(element, annotation.get(), value.get(), diagnostic, arguments)
        : Finding.on(element, diagnostic, arguments);
  }

  /**
   * The table's constructor and the Dagger module's provider method take one parameter per handler
   * class; past the JVM's limit javac would fail on generated code, with no hint for the user.
   */
  private static void validateHandlerClassCount(
      List<TypeElement> handlerTypes, ValidationReport.Builder report) {
    if (handlerTypes.size() > MAX_HANDLER_CLASSES) {
      report.add(
          Finding.on(
              handlerTypes.get(MAX_HANDLER_CLASSES),
              Diagnostic.TOO_MANY_HANDLER_CLASSES,
              handlerTypes.size(),
              MAX_HANDLER_CLASSES));
    }
  }

  private void validateIntegrationTypesAreUnique(
      List<TypeElement> eventTypes, ValidationReport.Builder report) {
    Map<String, TypeElement> byContract = new HashMap<>();
    for (TypeElement event : eventTypes) {
      Optional<AnnotationMirror> integration =
          Annotations.find(event, HeraldTypes.INTEGRATION_EVENT);
      if (integration.isEmpty()) {
        continue;
      }
      AnnotationValue typeValue = Annotations.value(elements, integration.get(), "type");
      Object version = Annotations.value(elements, integration.get(), "version").getValue();
      TypeElement earlier =
          byContract.putIfAbsent(
              HeraldNames.cloudEventType((String) typeValue.getValue(), (Integer) version), event);
      if (earlier != null) {
        report.add(
            Finding.onValue(
                event,
                integration.get(),
                typeValue,
                Diagnostic.DUPLICATE_INTEGRATION_TYPE,
                Describe.type(event),
                typeValue.getValue(),
                version,
                Describe.type(earlier)));
      }
    }
  }

  private void validateEventsAreHandled(
      List<TypeElement> eventTypes,
      List<TypeElement> handlerTypes,
      ValidationReport.Builder report) {
    // A set: a thousand handlers of one event must not make every record scan a thousand entries.
    Set<TypeElement> handled = new LinkedHashSet<>();
    for (TypeElement handler : handlerTypes) {
      for (ExecutableElement method : AnnotatedTypes.handlesMethods(handler)) {
        if (!method.getParameters().isEmpty()) {
          index.eventTypeOf(method.getParameters().get(0).asType()).ifPresent(handled::add);
        }
      }
    }
    for (TypeElement event : eventTypes) {
      boolean isHandled =
          event.getKind() != ElementKind.RECORD
              || needNoHandler.contains(event)
              || handled.contains(event)
              || handled.stream().anyMatch(eventType -> index.receives(eventType, event));
      if (!isHandled) {
        report.add(Finding.on(event, Diagnostic.UNHANDLED_EVENT, Describe.type(event)));
      }
    }
  }
}
