package dev.herald.processor.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one compilation's event catalog says, in the order every catalog file prints it: the events
 * with their fields, contracts, handlers and raising aggregates, and the aggregates themselves.
 *
 * @param packageName the package of the compilation's generated sources
 * @param prefix the prefix of its generated class names, which titles the documents
 * @param events every event record the compilation knows, in qualified name order
 * @param aggregates the aggregates found raising events, in qualified name order
 * @param aggregatesScanned whether the compiler let Herald read method bodies; when not, no
 *     aggregate is known, which is different from knowing there is none
 */
public record Catalog(
    String packageName,
    String prefix,
    List<Event> events,
    List<Aggregate> aggregates,
    boolean aggregatesScanned) {

  public Catalog {
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(prefix, "prefix");
    events = List.copyOf(events);
    aggregates = List.copyOf(aggregates);
  }

  /** The integration events, in qualified name order. */
  public List<Event> integrationEvents() {
    return events.stream().filter(event -> event.integration().isPresent()).toList();
  }

  /**
   * An event record.
   *
   * @param simpleName its name as readers know it, {@code Outer.Inner} for a nested record
   * @param qualifiedName its canonical name
   * @param declaredHere whether this compilation declares it, rather than only handling it
   * @param integration its CloudEvents contract, for an integration event
   * @param fields its record components, in declaration order
   * @param handlers the routes that receive it, in delivery order
   * @param raisedBy the aggregates that raise it, in qualified name order
   * @param storedName the name stores and brokers keep it under
   * @param version which version of its event it is, from 1
   * @param upcast for an older version, how the codec turns it into the next one
   */
  public record Event(
      String simpleName,
      String qualifiedName,
      boolean declaredHere,
      Optional<Contract> integration,
      List<Field> fields,
      List<Handler> handlers,
      List<String> raisedBy,
      String storedName,
      int version,
      Optional<Upcast> upcast) {

    public Event {
      Objects.requireNonNull(simpleName, "simpleName");
      Objects.requireNonNull(qualifiedName, "qualifiedName");
      Objects.requireNonNull(integration, "integration");
      fields = List.copyOf(fields);
      handlers = List.copyOf(handlers);
      raisedBy = List.copyOf(raisedBy);
      Objects.requireNonNull(storedName, "storedName");
      Objects.requireNonNull(upcast, "upcast");
    }

    /** {@code integration} or {@code domain}, as the catalog files print it. */
    public String kind() {
      return integration.isPresent() ? "integration" : "domain";
    }
  }

  /**
   * The {@code @IntegrationEvent} attributes as a CloudEvent shows them.
   *
   * @param cloudEventType the CloudEvents {@code type}, with its {@code .v<version>} suffix
   * @param version the contract version
   * @param source the CloudEvents {@code source}
   * @param topic the Kafka topic herald-kafka publishes it to by default
   */
  public record Contract(String cloudEventType, int version, String source, String topic) {

    public Contract {
      Objects.requireNonNull(cloudEventType, "cloudEventType");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(topic, "topic");
    }
  }

  /**
   * The step from an older version of an event to the next.
   *
   * @param to the canonical name of the next version's record
   * @param upcaster the {@code @Upcasts} method, {@code Owner.method}
   */
  public record Upcast(String to, String upcaster) {

    public Upcast {
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(upcaster, "upcaster");
    }
  }

  /**
   * A record component.
   *
   * @param name the component's name, also its JSON member
   * @param javaType its type as declared
   * @param schema its JSON Schema, as nested maps and lists
   * @param required whether the JSON member is always present and not null
   */
  public record Field(String name, String javaType, Object schema, boolean required) {

    public Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(javaType, "javaType");
      Objects.requireNonNull(schema, "schema");
    }
  }

  /**
   * A {@code @Handles} method that receives an event.
   *
   * @param handlerClass the handler's canonical class name
   * @param method the method's name
   * @param parameterType the canonical name of the type the method takes (an interface for a
   *     fan-out handler)
   * @param phase {@code IMMEDIATE} or {@code AFTER_COMMIT}
   * @param routeId the route's stable id
   */
  public record Handler(
      String handlerClass, String method, String parameterType, String phase, String routeId) {

    public Handler {
      Objects.requireNonNull(handlerClass, "handlerClass");
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(parameterType, "parameterType");
      Objects.requireNonNull(phase, "phase");
      Objects.requireNonNull(routeId, "routeId");
    }
  }

  /**
   * A class extending {@code AggregateRoot} that raises events.
   *
   * @param qualifiedName its canonical name
   * @param raises the events it raises, in qualified name order
   */
  public record Aggregate(String qualifiedName, List<String> raises) {

    public Aggregate {
      Objects.requireNonNull(qualifiedName, "qualifiedName");
      raises = List.copyOf(raises);
    }

    /** The simple name, for pictures and tables. */
    public String simpleName() {
      return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }
  }
}
