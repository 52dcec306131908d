package dev.herald.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.processor.catalog.IntegrationContractDocument;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract lists the integration events only, with a schema that matches what the codec writes.
 */
class IntegrationContractTest {

  private static JsonNode contract;

  @BeforeAll
  static void compile() throws Exception {
    contract = new ObjectMapper().readTree(CodecTest.contract(CodecTest.compileGood()));
  }

  private static JsonNode event(int index) {
    return contract.get("integrationEvents").get(index);
  }

  private static JsonNode property(JsonNode schema, String name) {
    return schema.get("properties").get(name);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  @Test
  void listsIntegrationEventsInTypeOrderWithTheirCloudEventsAttributes() {
    assertEquals(IntegrationContractDocument.FORMAT, contract.get("format").asText());
    assertEquals(2, contract.get("integrationEvents").size());
    JsonNode everything = event(0);
    assertEquals("shop.everything.sample", everything.get("type").asText());
    assertEquals(2, everything.get("version").asInt());
    assertEquals("shop.everything.sample.v2", everything.get("cloudEventType").asText());
    assertEquals("shop/tests", everything.get("source").asText());
    assertEquals("shop.Everything", everything.get("record").asText());
    assertEquals("application/json", everything.get("dataContentType").asText());
    assertEquals("shop.order.confirmed.v1", event(1).get("cloudEventType").asText());
    assertEquals(List.of("orderId"), texts(event(1).get("schema").get("required")));
  }

  @Test
  void describesEveryFieldWithItsJsonType() {
    JsonNode schema = event(0).get("schema");
    assertEquals("object", schema.get("type").asText());
    assertEquals("integer", property(schema, "l").get("type").asText());
    assertEquals("int64", property(schema, "l").get("format").asText());
    assertEquals("number", property(schema, "decimal").get("type").asText());
    assertEquals("uuid", property(schema, "id").get("format").asText());
    assertEquals("date-time", property(schema, "at").get("format").asText());
    assertEquals(List.of("SMALL", "MEDIUM", "LARGE"), texts(property(schema, "size").get("enum")));
    assertTrue(property(schema, "sizes").get("uniqueItems").asBoolean());
    assertEquals(
        "integer", property(schema, "counts").get("additionalProperties").get("type").asText());
    assertEquals("#/definitions/shop.Item", property(schema, "item").get("$ref").asText());

    List<String> required = texts(schema.get("required"));
    assertTrue(required.contains("text") && required.contains("item"), required.toString());
    for (String optional :
        List.of("note", "maybeItem", "comment", "nullableItem", "nullableCount")) {
      assertFalse(required.contains(optional), optional);
      assertEquals("null", property(schema, optional).get("anyOf").get(1).get("type").asText());
    }
  }

  @Test
  void describesSealedVariantsByTheirTag() {
    JsonNode circle = property(event(0).get("schema"), "shape").get("oneOf").get(0);
    assertEquals("Circle", circle.get("properties").get("@type").get("const").asText());
    assertEquals(List.of("@type"), texts(circle.get("required")));
    assertEquals(
        "#/definitions/shop.Shape.Circle", circle.get("allOf").get(0).get("$ref").asText());
  }

  @Test
  void definesNestedRecordsOnceIncludingRecursiveOnes() {
    JsonNode definitions = contract.get("definitions");
    List<String> names = new ArrayList<>();
    definitions.fieldNames().forEachRemaining(names::add);
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
        names);
    assertEquals(
        "#/definitions/shop.Tree",
        property(definitions.get("shop.Tree"), "children").get("items").get("$ref").asText());
  }
}
