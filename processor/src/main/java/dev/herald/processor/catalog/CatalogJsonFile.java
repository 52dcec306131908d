package dev.herald.processor.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code catalog.json}, the machine-readable catalog: every event with its kind, fields,
 * CloudEvents contract, handlers and the aggregates that raise it, then the aggregates.
 *
 * <p>Layout {@value #FORMAT}: {@code {"format", "package", "aggregatesScanned", "events": [...],
 * "aggregates": [...]}}; each event has its {@code storedName} and {@code version}, and an older
 * version its {@code upcastTo} ({@code to}, the next version's class, and the {@code upcaster}).
 * {@code aggregatesScanned} is {@code false} when the compiler did not let Herald read method
 * bodies, so that an empty {@code raisedBy} is not mistaken for "nobody".
 */
final class CatalogJsonFile extends CatalogFile {

  /** Names this document's layout; changes when the layout does. */
  static final String FORMAT = "herald-catalog/1";

  @Override
  String fileName() {
    return "catalog.json";
  }

  @Override
  String content(Catalog catalog) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("format", FORMAT);
    document.put("package", catalog.packageName());
    document.put("aggregatesScanned", catalog.aggregatesScanned());
    List<Object> events = new ArrayList<>();
    catalog.events().forEach(event -> events.add(event(event)));
    document.put("events", events);
    List<Object> aggregates = new ArrayList<>();
    for (Catalog.Aggregate aggregate : catalog.aggregates()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("class", aggregate.qualifiedName());
      entry.put("raises", aggregate.raises());
      aggregates.add(entry);
    }
    document.put("aggregates", aggregates);
    return Documents.json(document);
  }

  private static Map<String, Object> event(Catalog.Event event) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("name", event.simpleName());
    entry.put("class", event.qualifiedName());
    entry.put("kind", event.kind());
    entry.put("declaredHere", event.declaredHere());
    entry.put("storedName", event.storedName());
    entry.put("version", event.version());
    event
        .upcast()
        .ifPresent(
            upcast -> {
              Map<String, Object> step = new LinkedHashMap<>();
              step.put("to", upcast.to());
              step.put("upcaster", upcast.upcaster());
              entry.put("upcastTo", step);
            });
    event
        .integration()
        .ifPresent(
            contract -> {
              Map<String, Object> cloudEvents = new LinkedHashMap<>();
              cloudEvents.put("type", contract.cloudEventType());
              cloudEvents.put("version", contract.version());
              cloudEvents.put("source", contract.source());
              cloudEvents.put("topic", contract.topic());
              entry.put("cloudEvents", cloudEvents);
            });
    List<Object> fields = new ArrayList<>();
    for (Catalog.Field field : event.fields()) {
      Map<String, Object> described = new LinkedHashMap<>();
      described.put("name", field.name());
      described.put("type", field.javaType());
      described.put("required", field.required());
      described.put("schema", field.schema());
      fields.add(described);
    }
    entry.put("fields", fields);
    List<Object> handlers = new ArrayList<>();
    for (Catalog.Handler handler : event.handlers()) {
      Map<String, Object> described = new LinkedHashMap<>();
      described.put("class", handler.handlerClass());
      described.put("method", handler.method());
      described.put("parameter", handler.parameterType());
      described.put("phase", handler.phase());
      described.put("routeId", handler.routeId());
      handlers.add(described);
    }
    entry.put("handlers", handlers);
    entry.put("raisedBy", event.raisedBy());
    return entry;
  }
}
