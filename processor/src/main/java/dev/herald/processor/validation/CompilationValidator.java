package dev.herald.processor.validation;

import dev.herald.processor.diagnostics.Describe;
import dev.herald.processor.diagnostics.Diagnostic;
import dev.herald.processor.diagnostics.Finding;
import dev.herald.processor.naming.HeraldNames;
import dev.herald.processor.reading.AnnotatedTypes;
import dev.herald.processor.reading.Annotations;
import dev.herald.processor.reading.EventTypeIndex;
import dev.herald.processor.reading.HeraldTypes;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Checks what no single element shows: two integration events claiming one CloudEvents type, and
 * event records that nothing in the compilation handles.
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

  public CompilationValidator(Elements elements, EventTypeIndex index) {
    this.elements = elements;
    this.index = index;
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
    return report.build();
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
              || handled.contains(event)
              || handled.stream().anyMatch(eventType -> index.receives(eventType, event));
      if (!isHandled) {
        report.add(Finding.on(event, Diagnostic.UNHANDLED_EVENT, Describe.type(event)));
      }
    }
  }
}
