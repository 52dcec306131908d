package dev.herald.processor.sourcing;

import dev.herald.processor.diagnostics.Describe;
import dev.herald.processor.diagnostics.Diagnostic;
import dev.herald.processor.diagnostics.Finding;
import dev.herald.processor.reading.AnnotatedTypes;
import dev.herald.processor.reading.HeraldTypes;
import dev.herald.processor.reading.Visibility;
import dev.herald.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks the versions of the compilation's events and the {@code @Upcasts} methods between them:
 * each upcaster is a static function the codec can call from one version of an event to the next,
 * each older version has one, none is missing on the way to the current version, and no handler
 * takes an older version.
 *
 * <p>An integration event may have versions without upcasters, published and handled side by side;
 * once a version is upcast, the chain must reach the current version. A domain event's older
 * versions are always upcast: its stored history is read as the current record.
 */
public final class UpcastValidator {

  private final Elements elements;
  private final Types types;
  private final Optional<String> codecPackage;

  /**
   * @param codecPackage where the generated codec lives, which calls the upcasters; empty when no
   *     package could be chosen (that is reported elsewhere)
   */
  public UpcastValidator(Elements elements, Types types, Optional<String> codecPackage) {
    this.elements = elements;
    this.types = types;
    this.codecPackage = codecPackage;
  }

  /**
   * @param eventTypes the annotated event types, in name order
   * @param upcasterTypes the types declaring {@code @Upcasts} methods, in name order
   * @param handlerTypes the handler classes, in name order
   */
  public Upcasting validate(
      List<TypeElement> eventTypes,
      List<TypeElement> upcasterTypes,
      List<TypeElement> handlerTypes) {
    EventVersions versions = EventVersions.of(elements, eventTypes);
    ValidationReport.Builder report = ValidationReport.builder();
    Map<TypeElement, Upcasting.Link> links = new LinkedHashMap<>();
    for (TypeElement owner : upcasterTypes) {
      for (ExecutableElement method : AnnotatedTypes.methodsWith(owner, HeraldTypes.UPCASTS)) {
        check(method, versions, report).ifPresent(link -> link(link, links, report));
      }
    }
    checkChains(versions, links, report);
    Upcasting partial = new Upcasting(ValidationReport.builder().build(), links, versions);
    for (TypeElement handler : handlerTypes) {
      for (ExecutableElement method : AnnotatedTypes.handlesMethods(handler)) {
        eventRecordOf(method)
            .filter(links::containsKey)
            .ifPresent(older -> report.add(partial.olderVersionTaken("Handles", method, older)));
      }
    }
    return new Upcasting(report.build(), links, versions);
  }

  /** The upcaster the method is, if it is a valid one. */
  private Optional<Upcasting.Link> check(
      ExecutableElement method, EventVersions versions, ValidationReport.Builder report) {
    String name = Describe.method(method);
    if (!method.getModifiers().contains(Modifier.STATIC)) {
      report.add(Finding.on(method, Diagnostic.UPCASTER_NOT_STATIC, name));
      return Optional.empty();
    }
    Optional<String> hidden = codecPackage.flatMap(target -> hiddenFrom(method, target));
    if (hidden.isPresent()) {
      String target = codecPackage.orElseThrow();
      report.add(
          Finding.on(method, Diagnostic.UPCASTER_NOT_VISIBLE, name, hidden.get(), target, target));
      return Optional.empty();
    }
    if (method.getParameters().size() != 1) {
      report.add(
          Finding.on(method, Diagnostic.UPCASTER_PARAMETERS, name, method.getParameters().size()));
      return Optional.empty();
    }
    Optional<TypeMirror> checked = MethodChecks.checkedException(elements, types, method);
    if (checked.isPresent()) {
      report.add(
          Finding.on(
              method, Diagnostic.UPCASTER_THROWS_CHECKED, name, Describe.type(checked.get())));
      return Optional.empty();
    }
    TypeMirror parameter = method.getParameters().get(0).asType();
    Optional<EventVersions.Version> from = declared(parameter).flatMap(versions::of);
    if (from.isEmpty()) {
      report.add(
          Finding.on(
              method.getParameters().get(0),
              Diagnostic.UPCASTER_FROM_NOT_AN_EVENT,
              name,
              Describe.type(parameter)));
      return Optional.empty();
    }
    Optional<EventVersions.Version> to = declared(method.getReturnType()).flatMap(versions::of);
    if (to.isEmpty()) {
      report.add(
          Finding.on(
              method,
              Diagnostic.UPCASTER_TO_NOT_AN_EVENT,
              name,
              Describe.type(method.getReturnType())));
      return Optional.empty();
    }
    return checkVersions(method, from.get(), to.get(), report);
  }

  private static Optional<Upcasting.Link> checkVersions(
      ExecutableElement method,
      EventVersions.Version from,
      EventVersions.Version to,
      ValidationReport.Builder report) {
    String name = Describe.method(method);
    if (!from.event().equals(to.event())) {
      report.add(
          Finding.on(
              method,
              Diagnostic.UPCASTER_TO_OTHER_EVENT,
              name,
              Describe.type(from.record()),
              from.event().describe(),
              Describe.type(to.record()),
              to.event().describe(),
              to.event().name()));
      return Optional.empty();
    }
    if (to.version() != from.version() + 1) {
      report.add(
          Finding.on(
              method,
              Diagnostic.UPCASTER_SKIPS_VERSION,
              name,
              from.version(),
              from.event().describe(),
              to.version(),
              from.version() + 1));
      return Optional.empty();
    }
    return Optional.of(new Upcasting.Link(method, from.record(), to.record()));
  }

  private static void link(
      Upcasting.Link link,
      Map<TypeElement, Upcasting.Link> links,
      ValidationReport.Builder report) {
    Upcasting.Link earlier = links.putIfAbsent(link.from(), link);
    if (earlier != null) {
      report.add(
          Finding.on(
              link.method(),
              Diagnostic.DUPLICATE_UPCASTER,
              Describe.method(link.method()),
              Describe.type(link.from()),
              Describe.method(earlier.method())));
    }
  }

  /**
   * Every version below the current one that must be upcast has an upcaster: all of a domain
   * event's, and an integration event's from the first version that is upcast.
   */
  private static void checkChains(
      EventVersions versions,
      Map<TypeElement, Upcasting.Link> links,
      ValidationReport.Builder report) {
    List<Map.Entry<EventVersions.Key, NavigableMap<Integer, TypeElement>>> events =
        new ArrayList<>(versions.versionedEvents().entrySet());
    events.sort(Comparator.comparing(entry -> entry.getKey().name()));
    for (Map.Entry<EventVersions.Key, NavigableMap<Integer, TypeElement>> event : events) {
      EventVersions.Key key = event.getKey();
      NavigableMap<Integer, TypeElement> byVersion = event.getValue();
      int current = byVersion.lastKey();
      Map<Integer, Boolean> reached = new HashMap<>();
      for (Map.Entry<Integer, TypeElement> version : byVersion.headMap(current, false).entrySet()) {
        int number = version.getKey();
        TypeElement record = version.getValue();
        boolean upcast = links.containsKey(record);
        boolean required = !key.integration() || reached.getOrDefault(number, false);
        reached.put(number + 1, upcast || reached.getOrDefault(number + 1, false));
        if (!upcast && required) {
          String older = Describe.type(record);
          report.add(
              Finding.on(
                  record,
                  Diagnostic.MISSING_UPCASTER,
                  older,
                  number,
                  key.describe(),
                  current,
                  Describe.type(byVersion.get(current)),
                  number + 1,
                  number,
                  older,
                  number + 1,
                  older));
        }
      }
    }
  }

  /** Why generated code in {@code target} cannot call the method, if it cannot. */
  private Optional<String> hiddenFrom(ExecutableElement method, String target) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    if (method.getModifiers().contains(Modifier.PRIVATE) || Visibility.isPrivate(owner)) {
      return Optional.of("private (or in a private class)");
    }
    boolean visible =
        Visibility.isMemberVisibleFrom(method, target, elements)
            && Visibility.isTypeVisibleFrom(owner, target, elements);
    return visible ? Optional.empty() : Optional.of("not public (or its class is not)");
  }

  private static Optional<TypeElement> eventRecordOf(ExecutableElement method) {
    return method.getParameters().isEmpty()
        ? Optional.empty()
        : declared(method.getParameters().get(0).asType());
  }

  private static Optional<TypeElement> declared(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        ? Optional.of((TypeElement) ((DeclaredType) type).asElement())
        : Optional.empty();
  }
}
