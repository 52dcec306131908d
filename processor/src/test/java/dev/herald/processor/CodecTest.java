package dev.herald.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.generated.EventDecodingException;
import dev.herald.runtime.generated.IntegrationEventType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compiles sample records with Herald, then runs the generated codec: every supported type must
 * survive encode → decode unchanged, and every bad payload must fail naming where.
 */
class CodecTest {

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
  private static CompiledClassLoader classes;
  private static EventCodec codec;

  @BeforeAll
  static void compile() throws Exception {
    compilation = compileGood();
    classes = new CompiledClassLoader(compilation);
    codec = (EventCodec) newInstance("shop.ShopEventCodec");
  }

  /** The good samples, compiled by Herald: no error, and no warning but "unhandled event". */
  static Compilation compileGood() {
    List<String> resources = new ArrayList<>();
    Stream.of(GOOD).map(name -> "codec/good/shop/" + name + ".java").forEach(resources::add);
    resources.add("codec/good/typeuse/Nullable.java");
    Compilation compilation = Sources.compile(Sources.sources(resources), List.of());
    assertThat(compilation).succeeded();
    for (Diagnostic<?> warning : compilation.warnings()) {
      String message = warning.getMessage(Locale.ROOT);
      assertTrue(message.startsWith("[HERALD-301]"), message);
    }
    return compilation;
  }

  static String contract(Compilation compilation) {
    try {
      return compilation
          .generatedFile(
              StandardLocation.CLASS_OUTPUT, "META-INF/herald/shop/integration-events.json")
          .orElseThrow()
          .getCharContent(true)
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object newInstance(String name) throws Exception {
    return classes.loadClass(name).getConstructor().newInstance();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> samples(String supplier) throws Exception {
    return ((Supplier<List<Object>>) newInstance(supplier)).get();
  }

  @Test
  void everySampleSurvivesEncodeAndDecode() throws Exception {
    List<Object> samples = samples("shop.Samples");
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
  void writesTheDocumentedJson() throws Exception {
    List<Object> samples = samples("shop.Samples");
    assertEquals(
        "{\"orderId\":\"o-1\",\"items\":[{\"name\":\"margherita\",\"size\":\"LARGE\",\"quantity\":2}],"
            + "\"totalCents\":1999}",
        codec.encode(samples.get(2)));
    String everything = codec.encode(samples.get(1));
    assertTrue(
        everything.contains(
            "\"note\":null,\"maybeItem\":null,\"comment\":null,\"nullableItem\":null,"
                + "\"nullableCount\":null"),
        everything);
    assertTrue(
        everything.contains("\"shape\":{\"@type\":\"Group\",\"name\":\"\",\"members\":[]}"),
        everything);
    // An unpaired surrogate is escaped, so the document is valid UTF-8 and reads back the same.
    String max = codec.encode(samples.get(0));
    assertTrue(max.contains("lone \\udf55"), max);
    assertTrue(max.contains("\"boxedChar\":\"\\ud83c\""), max);
  }

  @Test
  void bytesTravelAsBase64() {
    Object blob = codec.decode("shop.Blob", "{\"data\":\"AAH/\"}");
    assertEquals("{\"data\":\"AAH/\"}", codec.encode(blob));
    assertDecodeFails(
        "shop.Blob", "{\"data\":\"***\"}", "$.data: expected a base64 string, found \"***\"");
  }

  @Test
  void namesTypesAsTheContractSays() throws Exception {
    List<Object> samples = samples("shop.Samples");
    assertEquals("shop.everything.sample.v2", codec.typeName(samples.get(0).getClass()));
    assertEquals("shop.OrderPlaced", codec.typeName(samples.get(2).getClass()));
    assertEquals("shop.order.confirmed.v1", codec.typeName(samples.get(3).getClass()));
    assertNull(codec.typeName(String.class));
    assertTrue(codec.knows("shop.everything.sample.v2"));
    assertTrue(codec.knows("shop.OrderPlaced"));
    assertFalse(codec.knows("shop.everything.sample.v1"));
    assertFalse(codec.knows("shop.Item"));
    assertFalse(codec.knows(null));
    List<IntegrationEventType> integration = codec.integrationEvents();
    assertEquals(
        List.of(
            new IntegrationEventType(
                "shop.everything.sample", 2, "shop/tests", samples.get(0).getClass()),
            new IntegrationEventType(
                "shop.order.confirmed", 1, "shop/orders", samples.get(3).getClass())),
        integration);
  }

  @Test
  void refusesUnknownTypesBothWays() {
    IllegalArgumentException encode =
        assertThrows(IllegalArgumentException.class, () -> codec.encode("text"));
    assertEquals(
        "ShopEventCodec does not know the event type java.lang.String", encode.getMessage());
    assertDecodeFails(
        "shop.Renamed",
        "{}",
        "unknown event type \"shop.Renamed\": ShopEventCodec does not know it");
    assertThrows(EventDecodingException.class, () -> codec.decode(null, "{}"));
  }

  @Test
  void ignoresUnknownMembersAndAcceptsAbsentOptionalOnes() throws Exception {
    Object minimal = samples("shop.Samples").get(1);
    String json = codec.encode(minimal);
    String extended =
        "{\"addedLater\":{\"x\":[1,2]},"
            + json.substring(1)
                .replace(
                    "\"note\":null,\"maybeItem\":null,\"comment\":null,\"nullableItem\":null,"
                        + "\"nullableCount\":null,",
                    "");
    assertNotEquals(json, extended);
    assertEquals(minimal, codec.decode("shop.everything.sample.v2", extended));
  }

  @Test
  void decodingErrorsNameTheMember() {
    assertDecodeFails(
        "shop.OrderPlaced",
        "{\"orderId\":\"o\",\"items\":[]}",
        "$: missing required member \"totalCents\"");
    assertDecodeFails(
        "shop.OrderPlaced",
        "{\"orderId\":\"o\",\"items\":[{\"name\":\"n\",\"size\":\"XL\",\"quantity\":1}],"
            + "\"totalCents\":1}",
        "$.items[0].size: expected a Size: SMALL, MEDIUM or LARGE, found \"XL\"");
    assertDecodeFails(
        "shop.OrderPlaced",
        "{\"orderId\":null,\"items\":[],\"totalCents\":1}",
        "$.orderId: expected a string, found null");
    assertDecodeFails(
        "shop.OrderPlaced",
        "{\"orderId\":\"o\",\"items\":[{\"name\":\"n\",\"size\":\"SMALL\"}],\"totalCents\":1}",
        "$.items[0]: missing required member \"quantity\"");
    assertDecodeFails(
        "shop.OrderPlaced",
        "{\"orderId\":\"o\",\"items\":[],\"totalCents\":1.5}",
        "$.totalCents: expected a long, found 1.5, which is not an integer");
    assertDecodeFails(
        "shop.OrderPlaced",
        "{\"orderId\":\"o\",\"items\":[],\"totalCents\":-1}",
        "$: OrderPlaced rejected the values: java.lang.IllegalArgumentException: totalCents must"
            + " not be negative");
    assertDecodeFails("shop.OrderPlaced", "[]", "$: expected an object, found an array");
    EventDecodingException truncated =
        assertThrows(
            EventDecodingException.class,
            () -> codec.decode("shop.OrderPlaced", "{\"orderId\":\"o\","));
    assertTrue(
        truncated.getMessage().startsWith("$.orderId: malformed JSON: Unexpected end-of-input"),
        truncated.getMessage());
  }

  @Test
  void sealedVariantsAreReadByTheirTagWhereverItIs() throws Exception {
    Object minimal = samples("shop.Samples").get(1);
    String json = codec.encode(minimal);
    assertDecodeFails(
        "shop.everything.sample.v2",
        json.replace("{\"@type\":\"Group\",\"name\":\"\"", "{\"@type\":\"Hexagon\",\"name\":\"\""),
        "$.shape[\"@type\"]: expected a Shape variant: Circle, Square, Triangle or Group, found"
            + " \"Hexagon\"");
    assertDecodeFails(
        "shop.everything.sample.v2",
        json.replace("{\"@type\":\"Group\",", "{"),
        "$.shape: missing required member \"@type\"");
    String tagLast =
        json.replace(
            "{\"@type\":\"Group\",\"name\":\"\",\"members\":[]}",
            "{\"name\":\"\",\"members\":[],\"@type\":\"Group\"}");
    assertNotEquals(json, tagLast);
    assertEquals(minimal, codec.decode("shop.everything.sample.v2", tagLast));
  }

  @Test
  void encodingANullThatTheRecordDoesNotAllowNamesWhere() throws Exception {
    List<Object> broken = samples("shop.BrokenSamples");
    assertEncodeFails(
        broken.get(0), "$.orderId is null; mark the record component @Nullable or give it a value");
    assertEncodeFails(
        broken.get(1),
        "$.element[0][1] is null; mark the record component @Nullable or give it a value");
    assertEncodeFails(
        broken.get(2),
        "$.menu.items[1] is null; mark the record component @Nullable or give it a value");
    assertEncodeFails(
        broken.get(3), "$.menu is null; mark the record component @Nullable or give it a value");
  }

  @Test
  void generatedSourceIsStampedAndSmall() throws IOException {
    String source =
        compilation
            .generatedSourceFile("shop.ShopEventCodec")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertTrue(source.contains("@Generated(\"dev.herald.processor.HeraldProcessor\")"), source);
    assertTrue(
        source.contains("public final class ShopEventCodec extends JsonEventCodec {"), source);
    assertTrue(
        source.contains("Item.class, \"Item(name string, size Size, quantity int)\""), source);
    assertTrue(source.contains("return new Item((String) v[0], (Size) v[1], (int) v[2]);"), source);
    assertFalse(source.contains("reflect"), source);
    assertFalse(source.contains("->"), "no lambdas: " + source);
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

  private static void assertEncodeFails(Object event, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> codec.encode(event));
    assertEquals(message, e.getMessage());
  }

  private static void assertDecodeFails(String typeName, String json, String message) {
    EventDecodingException e =
        assertThrows(EventDecodingException.class, () -> codec.decode(typeName, json));
    assertEquals(message, e.getMessage());
  }
}
