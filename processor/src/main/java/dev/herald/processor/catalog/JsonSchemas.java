package dev.herald.processor.catalog;

import dev.herald.processor.model.JsonComponent;
import dev.herald.processor.model.JsonRecord;
import dev.herald.processor.model.JsonShape;
import dev.herald.processor.model.JsonTypes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one mapping from the model's JSON shapes to JSON Schema (draft 2020-12 vocabulary), as nested
 * maps and lists for {@link Documents} to print: every catalog file and the integration contract
 * describe the JSON the generated codec writes the same way.
 *
 * <ul>
 *   <li>Nested records are {@link Records#INLINE inlined}, so that each document stands alone (a
 *       record inside itself is cut off with a description), or {@link Records#REFERENCE
 *       referenced} with {@code $ref} into {@link #definitions()}, so recursive records need no
 *       cut.
 *   <li>A sealed interface is {@code oneOf} its variants, each requiring {@code "@type"} with its
 *       tag as {@code const}, so exactly one variant matches.
 *   <li>A member that is {@code @Nullable} or an {@code Optional} is left out of {@code required}
 *       and also admits {@code null}; unknown members are allowed, because consumers ignore them.
 *   <li>A type the codec has no form for is described only by its Java type.
 * </ul>
 */
final class JsonSchemas {

  /** How a record inside another is described. */
  enum Records {
    INLINE,
    REFERENCE
  }

  private static final String DEFINITIONS = "#/definitions/";
  private static final String TYPE_MEMBER = "@type";

  private final JsonTypes json;
  private final Records records;
  private final Deque<String> enclosing = new ArrayDeque<>();
  private final Deque<JsonRecord> referenced = new ArrayDeque<>();

  JsonSchemas(JsonTypes json, Records records) {
    this.json = json;
    this.records = records;
  }

  /** The schema of a record's object: its members, and which are required. */
  Map<String, Object> object(JsonRecord record) {
    Map<String, Object> properties = new LinkedHashMap<>();
    List<Object> required = new ArrayList<>();
    enclosing.push(record.type().canonicalName());
    for (JsonComponent component : record.components()) {
      properties.put(component.name(), member(component));
      if (component.required()) {
        required.add(component.name());
      }
    }
    enclosing.pop();
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    schema.put("required", required);
    return schema;
  }

  /** The schema of one member's value; one that is not required also admits {@code null}. */
  Map<String, Object> member(JsonComponent component) {
    JsonShape shape = component.shape();
    Map<String, Object> schema =
        schema(shape instanceof JsonShape.OptionalOf optional ? optional.element() : shape);
    if (component.required()) {
      return schema;
    }
    return Map.of("anyOf", List.of(schema, Map.of("type", "null")));
  }

  /**
   * Every record referenced so far, and the records those reference, by canonical name; only {@link
   * Records#REFERENCE} references any.
   */
  Map<String, Object> definitions() {
    Map<String, Object> definitions = new TreeMap<>();
    Set<String> seen = new HashSet<>();
    while (!referenced.isEmpty()) {
      JsonRecord record = referenced.pop();
      String name = record.type().canonicalName();
      if (seen.add(name)) {
        definitions.put(name, object(record));
      }
    }
    return definitions;
  }

  private Map<String, Object> schema(JsonShape shape) {
    Map<String, Object> schema = new LinkedHashMap<>();
    if (shape instanceof JsonShape.Scalar scalar) {
      schema.put("type", scalar.scalar().jsonType());
      if (scalar.scalar().format() != null) {
        schema.put("format", scalar.scalar().format());
      }
    } else if (shape instanceof JsonShape.EnumType enumType) {
      schema.put("type", "string");
      schema.put("enum", enumType.constants());
    } else if (shape instanceof JsonShape.RecordType record) {
      return record(json.record(record.type()));
    } else if (shape instanceof JsonShape.SealedType union) {
      List<Object> variants = new ArrayList<>();
      for (JsonShape.Variant variant : union.variants()) {
        variants.add(variant(variant));
      }
      schema.put("type", "object");
      schema.put(
          "description",
          "one of the records " + union.type().canonicalName() + " permits, tagged by \"@type\"");
      schema.put("oneOf", variants);
    } else if (shape instanceof JsonShape.ListOf list) {
      schema.put("type", "array");
      schema.put("items", schema(list.element()));
    } else if (shape instanceof JsonShape.SetOf set) {
      schema.put("type", "array");
      schema.put("items", schema(set.element()));
      schema.put("uniqueItems", true);
    } else if (shape instanceof JsonShape.MapOf map) {
      schema.put("type", "object");
      schema.put("additionalProperties", schema(map.value()));
    } else if (shape instanceof JsonShape.Opaque opaque) {
      schema.put("description", "a " + opaque.javaType() + ", which the JSON codec does not write");
    } else {
      throw new IllegalArgumentException("no schema for " + shape);
    }
    return schema;
  }

  /** A nested record: referenced, or inline unless it is one of the records it sits in. */
  private Map<String, Object> record(JsonRecord record) {
    String name = record.type().canonicalName();
    if (records == Records.REFERENCE) {
      referenced.add(record);
      return Map.of("$ref", DEFINITIONS + name);
    }
    if (enclosing.contains(name)) {
      Map<String, Object> cut = new LinkedHashMap<>();
      cut.put("type", "object");
      cut.put("title", name);
      cut.put("description", "recursive: the same object as the enclosing " + name);
      return cut;
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("title", name);
    schema.putAll(object(record));
    return schema;
  }

  /** A variant requires its tag, and is its record. */
  private Map<String, Object> variant(JsonShape.Variant variant) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", Map.of(TYPE_MEMBER, Map.of("const", variant.tag())));
    schema.put("required", List.of(TYPE_MEMBER));
    schema.put("allOf", List.of(record(json.record(variant.record()))));
    return schema;
  }
}
