package dev.herald.processor.codec;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.TypeElement;

/**
 * Writes the machine-readable contract of a service's integration events: for each, its CloudEvents
 * type, version and source, and a JSON Schema (draft 2020-12 vocabulary) of its payload as the
 * generated codec writes it, so that consumers and contract checks never read Java sources.
 *
 * <p>The document has the form {@code {"format": "herald-integration-events/1",
 * "integrationEvents": [...], "definitions": {...}}}; events are in CloudEvents type order, nested
 * records are in {@code definitions} under their canonical names and referenced with {@code $ref},
 * so recursive records are described without repeating. A member that is {@code @Nullable} or an
 * {@code Optional} is left out of {@code required} and also admits {@code null}; unknown members
 * are allowed ({@code additionalProperties} is not restricted) because consumers ignore them.
 */
public final class IntegrationContractWriter {

  /** Names this document's layout; changes when the layout does. */
  public static final String FORMAT = "herald-integration-events/1";

  private static final String DEFINITIONS = "#/definitions/";

  private final JsonShapes shapes = new JsonShapes();

  /**
   * The contract of the integration events among {@code events} (domain events are left out).
   *
   * @throws IllegalArgumentException when an event cannot be serialized (check {@link
   *     JsonCompatibility} first)
   */
  public String write(List<CodecEvent> events) {
    List<CodecEvent> integration =
        new ArrayList<>(events.stream().filter(e -> e.integration().isPresent()).toList());
    integration.sort(Comparator.comparing(CodecEvent::typeName));
    Deque<TypeElement> referenced = new ArrayDeque<>();
    List<Object> described = new ArrayList<>();
    for (CodecEvent event : integration) {
      CodecEvent.Integration contract = event.integration().orElseThrow();
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("type", contract.type());
      entry.put("version", contract.version());
      entry.put("cloudEventType", contract.cloudEventType());
      entry.put("source", contract.source());
      entry.put("dataContentType", "application/json");
      entry.put("record", event.record().getQualifiedName().toString());
      entry.put("schema", recordSchema(event.record(), referenced));
      described.add(entry);
    }
    Map<String, Object> definitions = new TreeMap<>();
    while (!referenced.isEmpty()) {
      TypeElement record = referenced.pop();
      String name = record.getQualifiedName().toString();
      if (!definitions.containsKey(name)) {
        definitions.put(name, recordSchema(record, referenced));
      }
    }
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("format", FORMAT);
    document.put("integrationEvents", described);
    document.put("definitions", definitions);
    return JsonText.print(document);
  }

  private Map<String, Object> recordSchema(TypeElement record, Deque<TypeElement> referenced) {
    Map<String, Object> properties = new LinkedHashMap<>();
    List<Object> required = new ArrayList<>();
    for (JsonShapes.Component component : shapes.components(record)) {
      if (!component.resolution().ok()) {
        throw new IllegalArgumentException(
            "the codec cannot serialize "
                + record.getSimpleName()
                + "."
                + component.name()
                + " ("
                + component.resolution().problem()
                + "); check JsonCompatibility first");
      }
      JsonShape shape = component.shape();
      Map<String, Object> schema =
          shape instanceof JsonShape.OptionalOf optional
              ? schema(optional.element(), referenced)
              : schema(shape, referenced);
      if (component.required()) {
        required.add(component.name());
        properties.put(component.name(), schema);
      } else {
        properties.put(component.name(), Map.of("anyOf", List.of(schema, Map.of("type", "null"))));
      }
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    schema.put("required", required);
    return schema;
  }

  private Map<String, Object> schema(JsonShape shape, Deque<TypeElement> referenced) {
    Map<String, Object> schema = new LinkedHashMap<>();
    if (shape instanceof JsonShape.Scalar scalar) {
      schema.put("type", scalar.scalar().jsonType());
      if (scalar.scalar().format() != null) {
        schema.put("format", scalar.scalar().format());
      }
    } else if (shape instanceof JsonShape.EnumType enumType) {
      schema.put("type", "string");
      schema.put("enum", List.copyOf(enumType.constants()));
    } else if (shape instanceof JsonShape.RecordType record) {
      referenced.add(record.type());
      schema.put("$ref", DEFINITIONS + record.type().getQualifiedName());
    } else if (shape instanceof JsonShape.SealedType sealed) {
      List<Object> variants = new ArrayList<>();
      Map<String, Object> mapping = new HashMap<>();
      for (TypeElement variant : sealed.variants()) {
        referenced.add(variant);
        String ref = DEFINITIONS + variant.getQualifiedName();
        variants.add(Map.of("$ref", ref));
        mapping.put(variant.getSimpleName().toString(), ref);
      }
      schema.put("type", "object");
      schema.put("required", List.of("@type"));
      schema.put("oneOf", variants);
      Map<String, Object> discriminator = new LinkedHashMap<>();
      discriminator.put("propertyName", "@type");
      discriminator.put("mapping", new TreeMap<>(mapping));
      schema.put("discriminator", discriminator);
    } else if (shape instanceof JsonShape.ListOf list) {
      schema.put("type", "array");
      schema.put("items", schema(list.element(), referenced));
    } else if (shape instanceof JsonShape.SetOf set) {
      schema.put("type", "array");
      schema.put("items", schema(set.element(), referenced));
      schema.put("uniqueItems", true);
    } else if (shape instanceof JsonShape.MapOf map) {
      schema.put("type", "object");
      schema.put("additionalProperties", schema(map.value(), referenced));
    } else {
      throw new IllegalArgumentException("no schema for " + shape);
    }
    return schema;
  }
}
