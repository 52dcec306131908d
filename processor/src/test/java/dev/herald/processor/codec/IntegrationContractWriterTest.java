package dev.herald.processor.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.herald.runtime.json.JsonObject;
import dev.herald.runtime.json.JsonReader;
import dev.herald.runtime.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract lists the integration events only, with a schema that matches what the codec writes.
 */
class IntegrationContractWriterTest {

  private static JsonObject contract;

  @BeforeAll
  static void compile() {
    Compilation compilation = EventCodecWriterTest.compileGood();
    contract = JsonReader.parse(EventCodecWriterTest.contract(compilation)).asObject();
  }

  private static JsonObject event(int index) {
    return contract.required("integrationEvents").asArray().get(index).asObject();
  }

  private static JsonObject property(JsonObject schema, String name) {
    return schema.required("properties").asObject().required(name).asObject();
  }

  @Test
  void listsIntegrationEventsInTypeOrderWithTheirCloudEventsAttributes() {
    assertEquals(IntegrationContractWriter.FORMAT, contract.required("format").asString());
    assertEquals(2, contract.required("integrationEvents").asArray().size());
    JsonObject everything = event(0);
    assertEquals("shop.everything", everything.required("type").asString());
    assertEquals(2, everything.required("version").asInt());
    assertEquals("shop.everything.v2", everything.required("cloudEventType").asString());
    assertEquals("shop/tests", everything.required("source").asString());
    assertEquals("shop.Everything", everything.required("record").asString());
    assertEquals("application/json", everything.required("dataContentType").asString());
    assertEquals("shop.order.confirmed.v1", event(1).required("cloudEventType").asString());
    assertEquals(
        List.of("orderId"),
        event(1).required("schema").asObject().required("required").asList(JsonValue::asString));
  }

  @Test
  void describesEveryFieldWithItsJsonType() {
    JsonObject schema = event(0).required("schema").asObject();
    assertEquals("object", schema.required("type").asString());
    assertEquals("integer", property(schema, "l").required("type").asString());
    assertEquals("int64", property(schema, "l").required("format").asString());
    assertEquals("number", property(schema, "decimal").required("type").asString());
    assertEquals("string", property(schema, "id").required("type").asString());
    assertEquals("uuid", property(schema, "id").required("format").asString());
    assertEquals("date-time", property(schema, "at").required("format").asString());
    assertEquals(
        List.of("SMALL", "MEDIUM", "LARGE"),
        property(schema, "size").required("enum").asList(JsonValue::asString));
    assertEquals("array", property(schema, "tags").required("type").asString());
    assertTrue(property(schema, "sizes").required("uniqueItems").asBoolean());
    assertEquals(
        "integer",
        property(schema, "counts")
            .required("additionalProperties")
            .asObject()
            .required("type")
            .asString());
    assertEquals("#/definitions/shop.Item", property(schema, "item").required("$ref").asString());
    JsonObject shape = property(schema, "shape");
    assertEquals(
        "@type", shape.required("discriminator").asObject().required("propertyName").asString());
    assertEquals(
        "#/definitions/shop.Shape.Circle",
        shape
            .required("discriminator")
            .asObject()
            .required("mapping")
            .asObject()
            .required("Circle")
            .asString());

    List<String> required = schema.required("required").asList(JsonValue::asString);
    assertTrue(required.contains("text") && required.contains("item"), required.toString());
    for (String optional :
        List.of("note", "maybeItem", "comment", "nullableItem", "nullableCount")) {
      assertTrue(!required.contains(optional), optional);
      assertEquals(
          "null",
          property(schema, optional)
              .required("anyOf")
              .asArray()
              .get(1)
              .asObject()
              .required("type")
              .asString(),
          optional);
    }
  }

  @Test
  void definesNestedRecordsOnceIncludingRecursiveOnes() {
    JsonObject definitions = contract.required("definitions").asObject();
    assertEquals(
        List.of(
            "shop.Item",
            "shop.Menu",
            "shop.Menu.Item",
            "shop.Shape.Circle",
            "shop.Shape.Group",
            "shop.Square",
            "shop.Tree",
            "shop.Triangle"),
        List.copyOf(definitions.members().keySet()));
    JsonObject tree = definitions.required("shop.Tree").asObject();
    assertEquals(
        "#/definitions/shop.Tree",
        property(tree, "children").required("items").asObject().required("$ref").asString());
  }
}
