package dev.herald.processor.model;

import com.palantir.javapoet.ClassName;
import dev.herald.Phase;
import dev.herald.processor.codec.JsonShapes;
import dev.herald.processor.naming.HeraldNames;
import dev.herald.processor.reading.AnnotatedTypes;
import dev.herald.processor.reading.Annotations;
import dev.herald.processor.reading.EventTypeIndex;
import dev.herald.processor.reading.HeraldTypes;
import dev.herald.processor.reading.StableIds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;

/**
 * Builds the {@link CompilationModel} from the user's elements, leaving out every element
 * validation rejected, so that it can rely on every rule the validators check.
 */
public final class CompilationModelFactory {

  private final Elements elements;

  public CompilationModelFactory(Elements elements) {
    this.elements = elements;
  }

  /**
   * Describes the compilation.
   *
   * @param names the names of the generated classes
   * @param index the known event records
   * @param annotatedTypes the annotated event types of this compilation, in name order
   * @param handlerClasses the classes declaring {@code @Handles} methods, in name order
   * @param rejected the elements validation reported an error on
   * @param shapes the JSON shapes validation resolved; records it has not seen yet (events of other
   *     modules) are resolved here, without reports
   * @param upcasts the valid upcaster of each older event version
   * @param upcasterTypes the types declaring {@code @Upcasts} methods, in name order
   * @param aggregates the appliers to generate
   */
  public CompilationModel create(
      HeraldNames names,
      EventTypeIndex index,
      List<TypeElement> annotatedTypes,
      List<TypeElement> handlerClasses,
      Set<Element> rejected,
      JsonShapes shapes,
      Map<TypeElement, UpcastModel> upcasts,
      List<TypeElement> upcasterTypes,
      List<AggregateModel> aggregates) {
    List<TypeElement> eventTypes =
        annotatedTypes.stream().filter(type -> !rejected.contains(type)).toList();
    List<ExecutableElement> methods = new ArrayList<>();
    for (TypeElement handler : handlerClasses) {
      if (!rejected.contains(handler)) {
        AnnotatedTypes.handlesMethods(handler).stream()
            .filter(method -> isUsable(method, rejected))
            .forEach(methods::add);
      }
    }
    Set<Element> withUsableMethods = new HashSet<>();
    methods.forEach(method -> withUsableMethods.add(method.getEnclosingElement()));
    List<TypeElement> handlerTypes =
        handlerClasses.stream().filter(withUsableMethods::contains).toList();
    List<ClassName> handlerNames = handlerTypes.stream().map(ClassName::get).toList();
    List<String> fields = names.handlerFields(handlerNames);
    Map<TypeElement, String> fieldOf = new HashMap<>();
    for (int i = 0; i < handlerTypes.size(); i++) {
      fieldOf.put(handlerTypes.get(i), fields.get(i));
    }

    List<RouteModel> routes = new ArrayList<>();
    List<TypeElement> routeEventTypes = new ArrayList<>();
    for (ExecutableElement method : methods) {
      TypeElement handler = (TypeElement) method.getEnclosingElement();
      TypeElement eventType = eventTypeOf(method);
      int routeIndex = routes.size();
      routes.add(
          new RouteModel(
              routeIndex,
              StableIds.routeId(elements, method, eventType),
              ClassName.get(handler),
              fieldOf.get(handler),
              method.getSimpleName().toString(),
              ClassName.get(eventType),
              eventType.getKind() == ElementKind.INTERFACE,
              phaseOf(method),
              method.getParameters().size() == 2,
              method.getReturnType().getKind() != TypeKind.VOID));
      routeEventTypes.add(eventType);
    }

    Map<ClassName, List<RouteModel>> routesByHandler = new HashMap<>();
    for (RouteModel route : routes) {
      routesByHandler.computeIfAbsent(route.handler(), handler -> new ArrayList<>()).add(route);
    }
    List<HandlerModel> handlers = new ArrayList<>();
    for (int i = 0; i < handlerTypes.size(); i++) {
      ClassName type = handlerNames.get(i);
      handlers.add(new HandlerModel(type, fields.get(i), routesByHandler.get(type)));
    }

    // A route taking a record receives only that record (records are final), so only routes taking
    // an interface need the type check per record: pairing every record with every route was the
    // processor's one quadratic cost (a million isAssignable calls for a thousand of each).
    Map<TypeElement, List<Integer>> recordRoutes = new HashMap<>();
    List<Integer> interfaceRoutes = new ArrayList<>();
    for (int route = 0; route < routes.size(); route++) {
      TypeElement eventType = routeEventTypes.get(route);
      if (eventType.getKind() == ElementKind.RECORD) {
        recordRoutes.computeIfAbsent(eventType, type -> new ArrayList<>()).add(route);
      } else {
        interfaceRoutes.add(route);
      }
    }

    List<TypeElement> records =
        index.records().stream().filter(record -> !rejected.contains(record)).toList();
    Set<TypeElement> declared = Set.copyOf(eventTypes);
    List<EventModel> events = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      TypeElement record = records.get(i);
      List<Integer> indexes = new ArrayList<>(recordRoutes.getOrDefault(record, List.of()));
      for (int route : interfaceRoutes) {
        if (index.receives(routeEventTypes.get(route), record)) {
          indexes.add(route);
        }
      }
      // Delivery order is route order, whichever way a route was found.
      indexes.sort(null);
      List<RouteModel> received = indexes.stream().map(routes::get).toList();
      Optional<IntegrationContract> contract = integrationContractOf(record);
      shapes.record(record);
      events.add(
          new EventModel(
              ClassName.get(record),
              record,
              declared.contains(record),
              contract,
              received,
              StableIds.storedName(elements, record),
              declared.contains(record) && shapes.problems(record).isEmpty(),
              StableIds.version(elements, record),
              Optional.ofNullable(upcasts.get(record))));
    }

    List<Element> originating = new ArrayList<>(eventTypes);
    handlerTypes.stream().filter(type -> !declared.contains(type)).forEach(originating::add);
    upcasterTypes.stream().filter(owner -> !originating.contains(owner)).forEach(originating::add);
    return new CompilationModel(
        names, events, handlers, routes, originating, shapes.types(), aggregates);
  }

  /** Whether neither the method, nor a parameter, nor the event type it takes was rejected. */
  private static boolean isUsable(ExecutableElement method, Set<Element> rejected) {
    if (rejected.contains(method) || method.getParameters().stream().anyMatch(rejected::contains)) {
      return false;
    }
    TypeElement eventType = eventTypeOf(method);
    boolean callable =
        eventType.getKind() == ElementKind.RECORD || eventType.getKind() == ElementKind.INTERFACE;
    return callable && !rejected.contains(eventType);
  }

  private static TypeElement eventTypeOf(ExecutableElement method) {
    VariableElement event = method.getParameters().get(0);
    return (TypeElement) ((DeclaredType) event.asType()).asElement();
  }

  private Phase phaseOf(ExecutableElement method) {
    AnnotationMirror handles = Annotations.find(method, HeraldTypes.HANDLES).orElseThrow();
    Object phase = Annotations.value(elements, handles, "phase").getValue();
    return Phase.valueOf(((VariableElement) phase).getSimpleName().toString());
  }

  private Optional<IntegrationContract> integrationContractOf(TypeElement record) {
    return Annotations.find(record, HeraldTypes.INTEGRATION_EVENT)
        .map(
            annotation ->
                new IntegrationContract(
                    (String) Annotations.value(elements, annotation, "type").getValue(),
                    (Integer) Annotations.value(elements, annotation, "version").getValue(),
                    (String) Annotations.value(elements, annotation, "source").getValue()));
  }
}
