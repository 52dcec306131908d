package dev.herald.processor.catalog;

import dev.herald.processor.model.CompilationModel;
import dev.herald.processor.model.EventModel;
import dev.herald.processor.model.IntegrationContract;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable contract of a service's integration events: for each, its CloudEvents type,
 * version and source, and a JSON Schema of its payload as the generated codec writes it, so that
 * consumers and contract checks never read Java sources.
 *
 * <p>The document has the form {@code {"format": "herald-integration-events/2",
 * "integrationEvents": [...], "definitions": {...}}}; events are in CloudEvents type order, nested
 * records are in {@code definitions} under their canonical names and referenced with {@code $ref},
 * so recursive records are described without repeating ({@link JsonSchemas} says how each type is
 * described).
 */
public final class IntegrationContractDocument {

  /**
   * Names this document's layout; changes when the layout does. Version 2 describes a sealed
   * interface's variants with a {@code const} tag instead of an OpenAPI discriminator.
   */
  public static final String FORMAT = "herald-integration-events/2";

  private IntegrationContractDocument() {}

  /** The contract of the model's integration events that its codec writes. */
  public static String json(CompilationModel model) {
    List<EventModel> events =
        new ArrayList<>(
            model.codecEvents().stream().filter(e -> e.integration().isPresent()).toList());
    events.sort(Comparator.comparing(EventModel::typeName));
    JsonSchemas schemas = new JsonSchemas(model.json(), JsonSchemas.Records.REFERENCE);
    List<Object> described = new ArrayList<>();
    for (EventModel event : events) {
      IntegrationContract contract = event.integration().orElseThrow();
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("type", contract.type());
      entry.put("version", contract.version());
      entry.put("cloudEventType", contract.cloudEventType());
      entry.put("source", contract.source());
      entry.put("dataContentType", "application/json");
      entry.put("record", event.type().canonicalName());
      entry.put("schema", schemas.object(model.json().record(event.type())));
      described.add(entry);
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("format", FORMAT);
    document.put("integrationEvents", described);
    document.put("definitions", schemas.definitions());
    return Documents.json(document);
  }
}
