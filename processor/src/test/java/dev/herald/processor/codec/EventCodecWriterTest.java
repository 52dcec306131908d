package dev.herald.processor.codec;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.generated.EventDecodingException;
import dev.herald.runtime.generated.IntegrationEventType;
import dev.herald.runtime.json.JsonDecodingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compiles sample records with the codec writer behind a stand-in processor, then runs the
 * generated codec: every supported type must survive encode → decode unchanged, and every bad
 * payload must fail naming where.
 */
class EventCodecWriterTest {

  private static final String[] GOOD = {
    "Nullable",
    "Size",
    "Item",
    "Menu",
    "Shape",
    "Square",
    "Triangle",
    "Tree",
    "Everything",
    "OrderPlaced",
    "OrderConfirmed",
    "Blob",
    "Awkward",
    "Empty",
    "Samples",
    "BrokenSamples",
  };

  private static Compilation compilation;
  private static CompiledClasses classes;
  private static EventCodec codec;

  @BeforeAll
  static void compile() {
    compilation = compileGood();
    assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClasses(compilation);
    codec = classes.instance("shop.ShopEventCodec", EventCodec.class);
  }

  static Compilation compileGood() {
    List<JavaFileObject> sources =
        Stream.concat(
                Stream.of(GOOD)
                    .map(name -> JavaFileObjects.forResource("codec/good/shop/" + name + ".java")),
                Stream.of(JavaFileObjects.forResource("codec/good/typeuse/Nullable.java")))
            .toList();
    return javac()
        .withProcessors(new CodecTestProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(sources);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> samples() {
    return (List<Object>) classes.instance("shop.Samples", Supplier.class).get();
  }

  @Test
  void everySampleSurvivesEncodeAndDecode() {
    List<Object> samples = samples();
    assertEquals(6, samples.size());
    for (Object sample : samples) {
      String typeName = codec.typeName(sample.getClass());
      String json = codec.encode(sample);
      Object decoded = codec.decode(typeName, json);
      assertEquals(sample, decoded, json);
      assertEquals(json, codec.encode(decoded));
    }
  }

  @Test
  void writesTheDocumentedJson() {
    Object placed = samples().get(2);
    assertEquals(
        "{\"orderId\":\"o-1\",\"items\":[{\"name\":\"margherita\",\"size\":\"LARGE\",\"quantity\":2}],"
            + "\"totalCents\":1999}",
        codec.encode(placed));
    String everything = codec.encode(samples().get(1));
    assertTrue(
        everything.contains(
            "\"note\":null,\"maybeItem\":null,\"comment\":null,\"nullableItem\":null,"
                + "\"nullableCount\":null"),
        everything);
    assertTrue(
        everything.contains("\"shape\":{\"@type\":\"Group\",\"name\":\"\",\"members\":[]}"),
        everything);
  }

  @Test
  void bytesTravelAsBase64() {
    Object blob = codec.decode("shop.Blob", "{\"data\":\"AAH/\"}");
    assertEquals("{\"data\":\"AAH/\"}", codec.encode(blob));
    JsonDecodingException e =
        assertThrows(
            JsonDecodingException.class, () -> codec.decode("shop.Blob", "{\"data\":\"***\"}"));
    assertEquals("$.data: expected a base64 string, found \"***\" at offset 8", e.getMessage());
  }

  @Test
  void namesTypesAsTheContractSays() {
    List<Object> samples = samples();
    assertEquals("shop.everything.v2", codec.typeName(samples.get(0).getClass()));
    assertEquals("shop.OrderPlaced", codec.typeName(samples.get(2).getClass()));
    assertEquals("shop.order.confirmed.v1", codec.typeName(samples.get(3).getClass()));
    assertNull(codec.typeName(String.class));
    assertTrue(codec.knows("shop.everything.v2"));
    assertTrue(codec.knows("shop.OrderPlaced"));
    assertFalse(codec.knows("shop.everything.v1"));
    assertFalse(codec.knows("shop.Item"));
    assertFalse(codec.knows(null));
    List<IntegrationEventType> integration = codec.integrationEvents();
    assertEquals(2, integration.size());
    assertEquals(
        new IntegrationEventType("shop.everything", 2, "shop/tests", samples.get(0).getClass()),
        integration.get(0));
    assertEquals(
        new IntegrationEventType(
            "shop.order.confirmed", 1, "shop/orders", samples.get(3).getClass()),
        integration.get(1));
  }

  @Test
  void refusesUnknownTypesBothWays() {
    IllegalArgumentException encode =
        assertThrows(IllegalArgumentException.class, () -> codec.encode("text"));
    assertEquals(
        "ShopEventCodec does not know the event type java.lang.String", encode.getMessage());
    EventDecodingException decode =
        assertThrows(EventDecodingException.class, () -> codec.decode("shop.Renamed", "{}"));
    assertEquals(
        "unknown event type \"shop.Renamed\": ShopEventCodec does not know it",
        decode.getMessage());
    assertThrows(EventDecodingException.class, () -> codec.decode(null, "{}"));
  }

  @Test
  void ignoresUnknownMembersAndAcceptsAbsentOptionalOnes() {
    String json = codec.encode(samples().get(1));
    String extended =
        "{\"addedLater\":{\"x\":[1,2]},"
            + json.substring(1)
                .replace(
                    "\"note\":null,\"maybeItem\":null,\"comment\":null,\"nullableItem\":null,\"nullableCount\":null,",
                    "");
    assertNotEquals(json, extended);
    assertEquals(samples().get(1), codec.decode("shop.everything.v2", extended));
  }

  @Test
  void decodingErrorsNameTheMember() {
    assertDecodeFails(
        "shop.OrderPlaced",
        "{\"orderId\":\"o\",\"items\":[]}",
        "$: missing required member \"totalCents\" in the object starting at offset 0");
    assertDecodeFails(
        "shop.OrderPlaced",
        "{\"orderId\":\"o\",\"items\":[{\"name\":\"n\",\"size\":\"XL\",\"quantity\":1}],"
            + "\"totalCents\":1}",
        "$.items[0].size: expected a Size: SMALL, MEDIUM or LARGE, found \"XL\" at offset 43");
    assertDecodeFails(
        "shop.OrderPlaced",
        "{\"orderId\":null,\"items\":[],\"totalCents\":1}",
        "$.orderId: expected a string, found null at offset 11");
    assertDecodeFails(
        "shop.OrderPlaced",
        "{\"orderId\":\"o\",\"items\":[{\"name\":\"n\",\"size\":\"SMALL\"}]," + "\"totalCents\":1}",
        "$.items[0]: missing required member \"quantity\" in the object starting at offset 24");
    assertDecodeFails(
        "shop.OrderPlaced",
        "{\"orderId\":\"o\",\"items\":[],\"totalCents\":1.5}",
        "$.totalCents: expected an integer in the range of long, found 1.5 at offset 39");
    assertDecodeFails(
        "shop.OrderPlaced",
        "{\"orderId\":\"o\",\"items\":[],\"totalCents\":-1}",
        "$: OrderPlaced rejected the values: java.lang.IllegalArgumentException: totalCents must"
            + " not be negative at offset 0");
    assertDecodeFails("shop.OrderPlaced", "[]", "$: expected an object, found array at offset 0");
    assertDecodeFails(
        "shop.OrderPlaced",
        "{\"orderId\":\"o\",",
        "$: expected a member name in double quotes,"
            + " found the end of the document at offset 15");
  }

  @Test
  void sealedVariantsAreCheckedByTheirTag() {
    String json = codec.encode(samples().get(1));
    assertDecodeFails(
        "shop.everything.v2",
        json.replace("{\"@type\":\"Group\",\"name\":\"\"", "{\"@type\":\"Hexagon\",\"name\":\"\""),
        "$.shape[\"@type\"]: expected a Shape variant: Circle, Square, Triangle or Group, found"
            + " \"Hexagon\" at offset "
            + (json.indexOf("\"@type\":\"Group\"") + 8));
    assertDecodeFails(
        "shop.everything.v2",
        json.replace("{\"@type\":\"Group\",", "{"),
        "$.shape: missing required member \"@type\" in the object starting at offset "
            + json.indexOf("{\"@type\":\"Group\""));
  }

  @Test
  @SuppressWarnings("unchecked")
  void encodingANullThatTheRecordDoesNotAllowNamesWhere() {
    List<Object> broken =
        (List<Object>) classes.instance("shop.BrokenSamples", Supplier.class).get();
    assertEncodeFails(
        broken.get(0),
        "member \"orderId\" is null; mark the record component @Nullable or give it a value");
    assertEncodeFails(
        broken.get(1),
        "array element 1 is null; mark the record component @Nullable or give it a value");
    assertEncodeFails(
        broken.get(2),
        "array element 1 is null; mark the record component @Nullable or give it a value");
    assertEncodeFails(
        broken.get(3),
        "member \"menu\" is null; mark the record component @Nullable or give it a value");
  }

  private static void assertEncodeFails(Object event, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> codec.encode(event));
    assertEquals(message, e.getMessage());
  }

  @Test
  void generatedSourceIsStampedAndReadable() throws IOException {
    String source =
        compilation
            .generatedSourceFile("shop.ShopEventCodec")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertTrue(source.contains("@Generated(\"dev.herald.processor.HeraldProcessor\")"), source);
    assertTrue(
        source.contains("public final class ShopEventCodec implements EventCodec {"), source);
    assertTrue(
        source.contains("private static void writeMenu_Item(JsonWriter json, Menu.Item value) {"),
        source);
    assertTrue(source.contains("private static Item readItem(JsonValue json) {"), source);
    assertTrue(
        source.contains(
            "List<Item> items = object.required(\"items\").asList(ShopEventCodec::readItem);"),
        source);
    assertFalse(source.contains("reflect"), source);
    assertFalse(source.contains("valueOf"), source);
  }

  @Test
  void outputIsDeterministic() throws IOException {
    Compilation again = compileGood();
    assertEquals(
        compilation
            .generatedSourceFile("shop.ShopEventCodec")
            .orElseThrow()
            .getCharContent(true)
            .toString(),
        again
            .generatedSourceFile("shop.ShopEventCodec")
            .orElseThrow()
            .getCharContent(true)
            .toString());
    assertEquals(contract(compilation), contract(again));
  }

  static String contract(Compilation compilation) {
    try {
      return compilation
          .generatedFile(StandardLocation.CLASS_OUTPUT, CodecTestProcessor.CONTRACT)
          .orElseThrow()
          .getCharContent(true)
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertDecodeFails(String typeName, String json, String message) {
    EventDecodingException e =
        assertThrows(EventDecodingException.class, () -> codec.decode(typeName, json));
    assertEquals(message, e.getMessage());
  }
}
