package dev.herald.processor.catalog;

import com.palantir.javapoet.ClassName;
import dev.herald.processor.model.CompilationModel;
import dev.herald.processor.model.EventModel;
import dev.herald.processor.model.IntegrationContract;
import dev.herald.processor.model.JsonComponent;
import dev.herald.processor.model.JsonRecord;
import dev.herald.processor.model.RouteModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the {@link Catalog} of a compilation from its model, which has already left out every
 * element validation rejected, and from what the aggregate scan found.
 */
final class CatalogFactory {

  private CatalogFactory() {}

  /**
   * @param model the compilation's model
   * @param raisedEvents aggregate canonical name to the events it raises
   * @param aggregatesScanned whether aggregates could be looked for at all
   */
  static Catalog create(
      CompilationModel model,
      Map<String, SortedSet<String>> raisedEvents,
      boolean aggregatesScanned) {
    Map<String, SortedSet<String>> raisers = new TreeMap<>();
    raisedEvents.forEach(
        (aggregate, events) ->
            events.forEach(
                event -> raisers.computeIfAbsent(event, name -> new TreeSet<>()).add(aggregate)));

    JsonSchemas schemas = new JsonSchemas(model.json(), JsonSchemas.Records.INLINE);
    List<Catalog.Event> events = new ArrayList<>();
    for (EventModel event : model.events()) {
      String name = event.type().canonicalName();
      events.add(
          new Catalog.Event(
              String.join(".", event.type().simpleNames()),
              name,
              event.declaredHere(),
              event.integration().map(CatalogFactory::contractOf),
              fieldsOf(model.json().record(event.type()), schemas),
              event.routes().stream().map(CatalogFactory::handlerOf).toList(),
              List.copyOf(raisers.getOrDefault(name, new TreeSet<>())),
              event.typeName(),
              event.version(),
              event
                  .upcast()
                  .map(
                      upcast ->
                          new Catalog.Upcast(upcast.target().canonicalName(), upcast.describe()))));
    }
    List<Catalog.Aggregate> aggregates = new ArrayList<>();
    raisedEvents.forEach(
        (aggregate, raised) ->
            aggregates.add(new Catalog.Aggregate(aggregate, List.copyOf(raised))));
    return new Catalog(
        model.names().packageName(), model.names().prefix(), events, aggregates, aggregatesScanned);
  }

  /** A record's components as catalog fields, in declaration order. */
  private static List<Catalog.Field> fieldsOf(JsonRecord record, JsonSchemas schemas) {
    List<Catalog.Field> fields = new ArrayList<>();
    for (JsonComponent component : record.components()) {
      fields.add(
          new Catalog.Field(
              component.name(),
              component.javaType(),
              schemas.member(component),
              component.required()));
    }
    return fields;
  }

  /** The canonical names of the events the catalog describes, for the aggregate scan. */
  static List<String> eventNames(CompilationModel model) {
    return model.events().stream().map(EventModel::type).map(ClassName::canonicalName).toList();
  }

  private static Catalog.Contract contractOf(IntegrationContract contract) {
    return new Catalog.Contract(
        contract.cloudEventType(),
        contract.version(),
        contract.source(),
        topicOf(contract.source()));
  }

  /**
   * The default topic of herald-kafka ({@code TopicStrategy.perService()}): the source with every
   * character Kafka does not allow in a topic name replaced by {@code .}.
   */
  static String topicOf(String source) {
    StringBuilder topic = new StringBuilder(source.length());
    for (char c : source.toCharArray()) {
      boolean legal =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == '-';
      topic.append(legal ? c : '.');
    }
    return topic.toString();
  }

  private static Catalog.Handler handlerOf(RouteModel route) {
    return new Catalog.Handler(
        route.handler().canonicalName(),
        route.methodName(),
        route.eventType() instanceof ClassName type
            ? type.canonicalName()
            : route.eventType().toString(),
        route.phase().name(),
        route.id());
  }
}
