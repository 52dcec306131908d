package dev.herald.processor.validation;

import dev.herald.processor.diagnostics.Describe;
import dev.herald.processor.diagnostics.Diagnostic;
import dev.herald.processor.diagnostics.Finding;
import dev.herald.processor.reading.AnnotatedTypes;
import dev.herald.processor.reading.Annotations;
import dev.herald.processor.reading.EventTypeIndex;
import dev.herald.processor.reading.HeraldTypes;
import dev.herald.processor.reading.StableIds;
import dev.herald.processor.reading.Visibility;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks one handler class and its {@code @Handles} methods: that Dagger can build the class, that
 * the generated table can call each method directly, and that no two methods compete for the same
 * event.
 */
public final class HandlerValidator {

  private final Elements elements;
  private final Types types;
  private final EventTypeIndex index;
  private final Optional<String> generatedPackage;

  /**
   * @param index the known event types
   * @param generatedPackage where the table will live, to check access from there; empty when no
   *     package could be chosen (that is reported elsewhere)
   */
  public HandlerValidator(
      Elements elements, Types types, EventTypeIndex index, Optional<String> generatedPackage) {
    this.elements = elements;
    this.types = types;
    this.index = index;
    this.generatedPackage = generatedPackage;
  }

  /** Validates the class and each of its {@code @Handles} methods. */
  public ValidationReport validate(TypeElement handler) {
    ValidationReport.Builder report = ValidationReport.builder();
    if (handler.getKind() != ElementKind.CLASS) {
      // The methods of an interface, enum or record would only repeat this one mistake.
      return report
          .add(
              Finding.on(
                  handler,
                  Diagnostic.HANDLER_NOT_IN_A_CLASS,
                  Describe.type(handler),
                  Describe.kind(handler.getKind())))
          .build();
    }
    validateClass(handler, report);
    validateMethods(handler, report);
    new HandlerScopeCheck(elements, types).check(handler).ifPresent(report::add);
    return report.build();
  }

  private void validateClass(TypeElement handler, ValidationReport.Builder report) {
    String name = Describe.type(handler);
    boolean isPrivate = Visibility.isPrivate(handler);
    if (isPrivate) {
      report.add(Finding.on(handler, Diagnostic.HANDLER_CLASS_PRIVATE, name));
    } else if (generatedPackage.isPresent()
        && !Visibility.isTypeVisibleFrom(handler, generatedPackage.get(), elements)) {
      report.add(
          Finding.on(handler, Diagnostic.HANDLER_CLASS_NOT_VISIBLE, name, generatedPackage.get()));
    }
    boolean inner =
        handler.getNestingKind() == NestingKind.MEMBER
            && !handler.getModifiers().contains(Modifier.STATIC);
    boolean isAbstract = handler.getModifiers().contains(Modifier.ABSTRACT);
    if (inner) {
      report.add(Finding.on(handler, Diagnostic.HANDLER_CLASS_INNER, name));
    }
    // An abstract @Handles method already explains why its class is abstract.
    boolean hasAbstractHandler =
        AnnotatedTypes.handlesMethods(handler).stream()
            .anyMatch(method -> method.getModifiers().contains(Modifier.ABSTRACT));
    if (isAbstract && !hasAbstractHandler) {
      report.add(Finding.on(handler, Diagnostic.HANDLER_CLASS_ABSTRACT, name));
    }
    if (!handler.getTypeParameters().isEmpty()) {
      report.add(Finding.on(handler, Diagnostic.GENERIC_HANDLER_CLASS, name));
    }
    // A private, inner or abstract class cannot be built anyway; saying so again would be noise.
    if (!isPrivate && !inner && !isAbstract && !isConstructible(handler)) {
      report.add(Finding.on(handler, Diagnostic.HANDLER_NOT_CONSTRUCTIBLE, name));
    }
  }

  private static boolean isConstructible(TypeElement handler) {
    for (ExecutableElement constructor :
        ElementFilter.constructorsIn(handler.getEnclosedElements())) {
      boolean injectable =
          Annotations.has(constructor, HeraldTypes.JAKARTA_INJECT)
              || Annotations.has(constructor, HeraldTypes.JAVAX_INJECT);
      boolean noArgument =
          constructor.getParameters().isEmpty()
              && !constructor.getModifiers().contains(Modifier.PRIVATE);
      if (injectable || noArgument) {
        return true;
      }
    }
    return false;
  }

  private void validateMethods(TypeElement handler, ValidationReport.Builder report) {
    Map<String, ExecutableElement> byEventAndPhase = new HashMap<>();
    Map<String, ExecutableElement> byRouteId = new HashMap<>();
    for (ExecutableElement method : AnnotatedTypes.handlesMethods(handler)) {
      Optional<TypeElement> eventType = validateMethod(method, report);
      if (eventType.isEmpty()) {
        continue;
      }
      String eventName = eventType.get().getQualifiedName().toString();
      String phase = phaseOf(method);
      ExecutableElement sameEvent = byEventAndPhase.putIfAbsent(eventName + " " + phase, method);
      String routeId = method.getSimpleName() + "(" + eventType.get().getSimpleName() + ")";
      // Two default ids can only clash within one class; a clash with an explicit id anywhere in
      // the compilation is the CompilationValidator's.
      ExecutableElement sameId =
          StableIds.explicitRouteId(method).isEmpty()
              ? byRouteId.putIfAbsent(routeId, method)
              : null;
      if (sameEvent != null) {
        report.add(
            Finding.on(
                method,
                Diagnostic.DUPLICATE_HANDLER,
                Describe.method(method),
                Describe.type(eventType.get()),
                phase,
                Describe.method(sameEvent)));
      } else if (sameId != null) {
        report.add(
            Finding.on(
                method,
                Diagnostic.ROUTE_ID_CLASH,
                Describe.method(method),
                Describe.method(sameId),
                elements.getBinaryName(handler) + "#" + routeId));
      }
    }
  }

  /** Reports what is wrong with one method; returns its event type when its signature is usable. */
  private Optional<TypeElement> validateMethod(
      ExecutableElement method, ValidationReport.Builder report) {
    String name = Describe.method(method);
    int errorsBefore = report.errorCount();
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      report.add(Finding.on(method, Diagnostic.HANDLER_METHOD_PRIVATE, name));
    } else if (generatedPackage.isPresent()
        && !Visibility.isMemberVisibleFrom(method, generatedPackage.get(), elements)) {
      report.add(
          Finding.on(method, Diagnostic.HANDLER_METHOD_NOT_VISIBLE, name, generatedPackage.get()));
    }
    if (method.getModifiers().contains(Modifier.STATIC)) {
      report.add(Finding.on(method, Diagnostic.HANDLER_METHOD_STATIC, name));
    }
    if (method.getModifiers().contains(Modifier.ABSTRACT)) {
      report.add(Finding.on(method, Diagnostic.HANDLER_METHOD_ABSTRACT, name));
    }
    validateExplicitId(method, name, report);
    if (!isVoid(method.getReturnType()) && !isCompletionStage(method.getReturnType())) {
      report.add(
          Finding.on(
              method,
              Diagnostic.UNSUPPORTED_RETURN_TYPE,
              name,
              Describe.type(method.getReturnType())));
    }
    Optional<TypeElement> eventType = validateParameters(method, name, report);
    return report.errorCount() == errorsBefore ? eventType : Optional.empty();
  }

  private static void validateExplicitId(
      ExecutableElement method, String name, ValidationReport.Builder report) {
    Annotations.explicitString(method, HeraldTypes.HANDLES, "id")
        .filter(value -> !StableIds.isWellFormedRouteId((String) value.getValue()))
        .ifPresent(
            value ->
                report.add(
                    Finding.onValue(
                        method,
                        Annotations.find(method, HeraldTypes.HANDLES).orElseThrow(),
                        value,
                        Diagnostic.MALFORMED_ROUTE_ID,
                        value.getValue(),
                        name,
                        StableIds.MAX_ROUTE_ID_LENGTH)));
  }

  private Optional<TypeElement> validateParameters(
      ExecutableElement method, String name, ValidationReport.Builder report) {
    List<? extends VariableElement> parameters = method.getParameters();
    if (parameters.isEmpty()) {
      report.add(Finding.on(method, Diagnostic.HANDLER_WITHOUT_PARAMETER, name));
      return Optional.empty();
    }
    if (parameters.size() > 2) {
      report.add(Finding.on(method, Diagnostic.TOO_MANY_PARAMETERS, name, parameters.size()));
      return Optional.empty();
    }
    if (parameters.size() == 2 && !isEventContext(parameters.get(1).asType())) {
      report.add(
          Finding.on(
              parameters.get(1),
              Diagnostic.UNSUPPORTED_SECOND_PARAMETER,
              name,
              Describe.type(parameters.get(1).asType())));
    }
    TypeMirror first = parameters.get(0).asType();
    Optional<TypeElement> eventType = index.eventTypeOf(first);
    if (eventType.isEmpty()) {
      report.add(
          Finding.on(parameters.get(0), Diagnostic.NOT_AN_EVENT_TYPE, name, Describe.type(first)));
    } else if (eventType.get().getKind() == ElementKind.INTERFACE
        && generatedPackage.isPresent()
        && !Visibility.isTypeVisibleFrom(eventType.get(), generatedPackage.get(), elements)) {
      // A non-public record is reported on the record itself; only an interface needs this check.
      report.add(
          Finding.on(
              parameters.get(0),
              Diagnostic.EVENT_TYPE_NOT_VISIBLE,
              Describe.type(eventType.get()),
              name,
              generatedPackage.get()));
    }
    return eventType;
  }

  private String phaseOf(ExecutableElement method) {
    AnnotationMirror handles = Annotations.find(method, HeraldTypes.HANDLES).orElseThrow();
    return Annotations.value(elements, handles, "phase").getValue().toString();
  }

  private boolean isEventContext(TypeMirror type) {
    TypeElement eventContext = elements.getTypeElement(HeraldTypes.EVENT_CONTEXT);
    return eventContext != null && types.isSameType(type, eventContext.asType());
  }

  private boolean isCompletionStage(TypeMirror type) {
    TypeElement stage = elements.getTypeElement(HeraldTypes.COMPLETION_STAGE);
    return type.getKind() == TypeKind.DECLARED
        && types.isAssignable(types.erasure(type), types.erasure(stage.asType()));
  }

  private static boolean isVoid(TypeMirror type) {
    return type.getKind() == TypeKind.VOID;
  }
}
