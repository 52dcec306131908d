package dev.herald.processor.sourcing;

import com.palantir.javapoet.ClassName;
import dev.herald.processor.diagnostics.Describe;
import dev.herald.processor.diagnostics.Diagnostic;
import dev.herald.processor.diagnostics.Finding;
import dev.herald.processor.model.AggregateModel;
import dev.herald.processor.naming.HeraldNames;
import dev.herald.processor.reading.AnnotatedTypes;
import dev.herald.processor.reading.EventSourcedTypes;
import dev.herald.processor.reading.EventTypeIndex;
import dev.herald.processor.reading.HeraldTypes;
import dev.herald.processor.reading.Visibility;
import dev.herald.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks one class that is an event-sourced aggregate or declares {@code @Applies} methods: that it
 * is a concrete, non-generic class extending {@code EventSourcedAggregate<ID, E>} with a sealed
 * {@code E}, and that it has exactly one well-formed apply method for each event record of {@code
 * E}; describes the applier to generate from what is valid.
 */
public final class AggregateValidator {

  private final Elements elements;
  private final Types types;
  private final Upcasting upcasting;
  private final Function<String, Set<String>> shadowedJavaLangNames;

  /**
   * @param upcasting the compilation's older event versions, which no aggregate applies
   * @param shadowedJavaLangNames the {@code java.lang} names a package's types shadow
   */
  public AggregateValidator(
      Elements elements,
      Types types,
      Upcasting upcasting,
      Function<String, Set<String>> shadowedJavaLangNames) {
    this.elements = elements;
    this.types = types;
    this.upcasting = upcasting;
    this.shadowedJavaLangNames = shadowedJavaLangNames;
  }

  /**
   * The findings about one class, and its applier when one can be written: the applier leaves out
   * apply methods with a mistake, whose errors fail the build anyway, so that the aggregate's own
   * {@code new <Aggregate>Applier()} does not add a missing-class error to them.
   *
   * @param applied the event records the aggregate applies, which need no handler to be of use
   */
  public record Result(
      ValidationReport report, Optional<AggregateModel> applier, List<TypeElement> applied) {

    public Result {
      applied = List.copyOf(applied);
    }

    Result(ValidationReport report) {
      this(report, Optional.empty(), List.of());
    }
  }

  /** Validates the class. */
  public Result validate(TypeElement type) {
    ValidationReport.Builder report = ValidationReport.builder();
    boolean eventSourced = EventSourcedTypes.isEventSourced(type);
    if (!eventSourced || type.getKind() != ElementKind.CLASS) {
      for (ExecutableElement method : AnnotatedTypes.methodsWith(type, HeraldTypes.APPLIES)) {
        report.add(
            Finding.on(
                method,
                Diagnostic.APPLIES_OUTSIDE_AGGREGATE,
                Describe.method(method),
                Describe.type(type),
                Describe.type(type)));
      }
      return new Result(report.build());
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      // Its apply methods are checked with each concrete subclass, which gets the applier.
      return new Result(report.build());
    }
    String aggregate = Describe.type(type);
    if (Visibility.isPrivate(type)) {
      report.add(Finding.on(type, Diagnostic.AGGREGATE_CLASS_PRIVATE, aggregate));
      return new Result(report.build());
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.add(Finding.on(type, Diagnostic.GENERIC_AGGREGATE, aggregate));
      return new Result(report.build());
    }
    DeclaredType supertype = EventSourcedTypes.eventSourcedSupertype(types, type).orElseThrow();
    if (supertype.getTypeArguments().size() != 2) {
      report.add(
          Finding.on(
              type,
              Diagnostic.AGGREGATE_WITHOUT_EVENT_TYPE,
              aggregate,
              supertype.asElement().getSimpleName()));
      return new Result(report.build());
    }
    TypeMirror eventType = supertype.getTypeArguments().get(1);
    Optional<AggregateEvents> events = AggregateEvents.of(eventType);
    if (events.isEmpty()) {
      String name = Describe.type(eventType);
      report.add(
          Finding.on(type, Diagnostic.AGGREGATE_EVENT_TYPE_NOT_SEALED, aggregate, name, name));
      return new Result(report.build());
    }
    return new Aggregate(type, (TypeElement) types.asElement(eventType), events.get(), report)
        .check();
  }

  /** The checks of one concrete event-sourced aggregate with a usable event type. */
  private final class Aggregate {
    private final TypeElement type;
    private final TypeElement eventType;
    private final AggregateEvents events;
    private final ValidationReport.Builder report;
    private final ClassName applier;
    private final String packageName;

    Aggregate(
        TypeElement type,
        TypeElement eventType,
        AggregateEvents events,
        ValidationReport.Builder report) {
      this.type = type;
      this.eventType = eventType;
      this.events = events;
      this.report = report;
      this.applier = HeraldNames.applier(ClassName.get(type));
      this.packageName = elements.getPackageOf(type).getQualifiedName().toString();
    }

    Result check() {
      String aggregate = Describe.type(type);
      String events = Describe.type(eventType);
      for (TypeElement other : this.events.others()) {
        report.add(
            Finding.on(
                type,
                Diagnostic.AGGREGATE_EVENT_TYPE_PERMITS_OTHER,
                events,
                aggregate,
                Describe.type(other)));
      }
      Map<TypeElement, ExecutableElement> applied = new HashMap<>();
      Set<TypeElement> attempted = new HashSet<>();
      for (ExecutableElement method : applyMethods()) {
        checkMethod(method, applied, attempted);
      }
      List<AggregateModel.ApplyCall> calls = new ArrayList<>();
      for (TypeElement record : this.events.records()) {
        ExecutableElement method = applied.get(record);
        if (method != null) {
          calls.add(
              new AggregateModel.ApplyCall(
                  ClassName.get(record), method.getSimpleName().toString()));
        } else if (attempted.contains(record)) {
          // Its apply method has a mistake of its own, reported on it.
        } else if (upcasting.olderVersions().contains(record)) {
          String current = Describe.type(upcasting.currentOf(record));
          String older = Describe.type(record);
          report.add(
              Finding.on(
                  type,
                  Diagnostic.OLDER_VERSION_IN_AGGREGATE_EVENTS,
                  events,
                  aggregate,
                  older,
                  current,
                  older,
                  events,
                  current));
        } else {
          String missing = Describe.type(record);
          report.add(
              Finding.on(
                  type, Diagnostic.MISSING_APPLY_METHOD, aggregate, missing, events, missing));
        }
        if (!EventTypeIndex.isAnnotatedEvent(record)) {
          report.add(
              Finding.on(
                  type,
                  Diagnostic.AGGREGATE_EVENT_NOT_ANNOTATED,
                  Describe.type(record),
                  aggregate));
        }
      }
      AggregateModel model =
          new AggregateModel(
              ClassName.get(type),
              type,
              ClassName.get(eventType),
              applier,
              calls,
              shadowedJavaLangNames.apply(packageName));
      return new Result(report.build(), Optional.of(model), this.events.records());
    }

    /**
     * The {@code @Applies} methods of the aggregate and of its superclasses, the aggregate's first;
     * a method an already found one overrides is the same apply method.
     */
    private List<ExecutableElement> applyMethods() {
      List<ExecutableElement> methods = new ArrayList<>();
      for (TypeElement declaring : EventSourcedTypes.classChain(type)) {
        for (ExecutableElement method :
            AnnotatedTypes.methodsWith(declaring, HeraldTypes.APPLIES)) {
          boolean overridden =
              methods.stream().anyMatch(found -> elements.overrides(found, method, type));
          if (!overridden) {
            methods.add(method);
          }
        }
      }
      return methods;
    }

    /**
     * Checks one apply method: a well-formed one is recorded as the apply method of its record, and
     * the record of one with a mistake as attempted, so that it is not also reported missing.
     */
    private void checkMethod(
        ExecutableElement method,
        Map<TypeElement, ExecutableElement> applied,
        Set<TypeElement> attempted) {
      String name = Describe.method(method);
      int errors = report.errorCount();
      if (method.getModifiers().contains(Modifier.PRIVATE)) {
        report.add(Finding.on(method, Diagnostic.APPLY_METHOD_PRIVATE, name, applier.simpleName()));
      } else if (!Visibility.isMemberVisibleFrom(method, packageName, elements)) {
        report.add(
            Finding.on(
                method,
                Diagnostic.APPLY_METHOD_NOT_VISIBLE,
                name,
                Describe.type(type),
                applier.simpleName(),
                packageName));
      }
      if (method.getModifiers().contains(Modifier.STATIC)) {
        report.add(Finding.on(method, Diagnostic.APPLY_METHOD_STATIC, name));
      }
      if (method.getReturnType().getKind() != TypeKind.VOID) {
        report.add(
            Finding.on(
                method,
                Diagnostic.APPLY_METHOD_RETURNS,
                name,
                Describe.type(method.getReturnType())));
      }
      MethodChecks.checkedException(elements, types, method)
          .ifPresent(
              checked ->
                  report.add(
                      Finding.on(
                          method,
                          Diagnostic.APPLY_METHOD_THROWS_CHECKED,
                          name,
                          Describe.type(checked))));
      if (method.getParameters().size() != 1) {
        report.add(
            Finding.on(
                method, Diagnostic.APPLY_METHOD_PARAMETERS, name, method.getParameters().size()));
      }
      Optional<TypeElement> record =
          method.getParameters().isEmpty() ? Optional.empty() : appliedRecord(method);
      if (record.isEmpty()) {
        return;
      }
      if (report.errorCount() != errors) {
        attempted.add(record.get());
        return;
      }
      ExecutableElement earlier = applied.putIfAbsent(record.get(), method);
      if (earlier != null) {
        report.add(
            Finding.on(
                method,
                Diagnostic.DUPLICATE_APPLY_METHOD,
                name,
                Describe.type(record.get()),
                Describe.method(earlier)));
      }
    }

    /** The record the method's parameter names, when it is one of the aggregate's events. */
    private Optional<TypeElement> appliedRecord(ExecutableElement method) {
      TypeMirror parameter = method.getParameters().get(0).asType();
      TypeElement record =
          parameter.getKind() == TypeKind.DECLARED
              ? (TypeElement) types.asElement(parameter)
              : null;
      if (record != null && upcasting.olderVersions().contains(record)) {
        report.add(upcasting.olderVersionTaken("Applies", method, record));
        return Optional.empty();
      }
      if (record != null && events.records().contains(record)) {
        return Optional.of(record);
      }
      String applied = Describe.type(parameter);
      String eventName = Describe.type(eventType);
      report.add(
          Finding.on(
              method,
              Diagnostic.UNREACHABLE_APPLY_METHOD,
              Describe.method(method),
              applied,
              eventName,
              Describe.type(type),
              applied,
              eventName));
      return Optional.empty();
    }
  }
}
