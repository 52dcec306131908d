package dev.herald.processor.model;

import dev.herald.processor.naming.HeraldNames;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Element;

/**
 * Everything Herald generates for one compilation, described once so that every writer reads the
 * same facts in the same order.
 *
 * @param names the names of the generated classes
 * @param events the known event records, in qualified name order
 * @param handlers the handler classes, in qualified name order
 * @param routes every route in table order: by handler class name, then declaration order
 * @param originatingElements the user's types the sources are generated from, for incremental
 *     builds
 * @param json the JSON form of every record the events reach
 * @param aggregates the event-sourced aggregates whose appliers are generated, in name order
 */
public record CompilationModel(
    HeraldNames names,
    List<EventModel> events,
    List<HandlerModel> handlers,
    List<RouteModel> routes,
    List<Element> originatingElements,
    JsonTypes json,
    List<AggregateModel> aggregates) {

  public CompilationModel {
    Objects.requireNonNull(names, "names");
    events = List.copyOf(events);
    handlers = List.copyOf(handlers);
    routes = List.copyOf(routes);
    originatingElements = List.copyOf(originatingElements);
    Objects.requireNonNull(json, "json");
    aggregates = List.copyOf(aggregates);
  }

  /** The events the compilation's codec reads and writes, in qualified name order. */
  public List<EventModel> codecEvents() {
    return events.stream().filter(EventModel::inCodec).toList();
  }

  /**
   * The routes whose event type is an interface, in table order: the ones a record unknown at
   * compile time may match.
   */
  public List<RouteModel> interfaceRoutes() {
    return routes.stream().filter(RouteModel::eventIsInterface).toList();
  }

  /** The codec's events that are older versions, upcast when read, in qualified name order. */
  public List<EventModel> codecUpcasts() {
    return codecEvents().stream().filter(event -> event.upcast().isPresent()).toList();
  }

  /** The known events that at least one route receives, in qualified name order. */
  public List<EventModel> handledEvents() {
    return events.stream().filter(event -> !event.routes().isEmpty()).toList();
  }
}
