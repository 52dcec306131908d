package dev.herald.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

  private static String string(String value) {
    return new JsonWriter().value(value).toString();
  }

  @Test
  void escapesQuotesBackslashesAndControlCharacters() {
    assertEquals("\"a\\\"b\\\\c\"", string("a\"b\\c"));
    assertEquals("\"\\n\\r\\t\\b\\f\"", string("\n\r\t\b\f"));
    assertEquals("\"\\u0000\\u001f\\u0001\"", string("\u0000\u001f\u0001"));
    assertEquals("\"/\u007f\"", string("/\u007f"));
  }

  @Test
  void copiesUnicodeAndSurrogatePairsButEscapesLoneSurrogatesAndLineSeparators() {
    assertEquals("\"caf\u00e9 \u4e2d \ud83c\udf55\"", string("caf\u00e9 \u4e2d \ud83c\udf55"));
    assertEquals("\"\\ud83c x \\udf55\"", string("\ud83c x \udf55"));
    assertEquals("\"\\udf55\\ud83c\"", string("\udf55\ud83c"));
    assertEquals("\"a\\ud800\"", string("a\ud800"));
    assertEquals("\"\\u2028\\u2029\"", string("\u2028\u2029"));
  }

  @Test
  void writesObjectsAndArraysWithCommas() {
    JsonWriter w = new JsonWriter();
    w.beginObject()
        .name("a")
        .value(1)
        .name("b")
        .beginArray()
        .value(true)
        .value("x")
        .nullValue()
        .beginObject()
        .endObject()
        .beginArray()
        .endArray()
        .endArray()
        .name("c")
        .value(2L)
        .endObject();
    assertEquals("{\"a\":1,\"b\":[true,\"x\",null,{},[]],\"c\":2}", w.toString());
  }

  @Test
  void appendsToTheGivenBuilder() {
    StringBuilder out = new StringBuilder("prefix:");
    new JsonWriter(out).beginArray().value(1).endArray();
    assertEquals("prefix:[1]", out.toString());
  }

  @Test
  void writesNumbersExactly() {
    JsonWriter w = new JsonWriter().beginArray();
    w.value(Long.MIN_VALUE)
        .value(Integer.MAX_VALUE)
        .value((short) -3)
        .value((byte) 7)
        .value(0.1)
        .value(1e300)
        .value(1.5f)
        .value(new BigDecimal("1.50"))
        .value(new BigDecimal("1E+3"))
        .value(new BigInteger("123456789012345678901234567890"))
        .endArray();
    assertEquals(
        "[-9223372036854775808,2147483647,-3,7,0.1,1.0E300,1.5,1.50,1E+3,"
            + "123456789012345678901234567890]",
        w.toString());
  }

  @Test
  void refusesNonFiniteNumbersNamingTheMember() {
    JsonWriter w = new JsonWriter().beginObject().name("price");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> w.value(Double.NaN));
    assertTrue(e.getMessage().contains("member \"price\" is NaN"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> w.value(Float.POSITIVE_INFINITY));
  }

  @Test
  void writesValueTypesAsIsoStrings() {
    UUID id = UUID.fromString("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    JsonWriter w =
        new JsonWriter()
            .beginArray()
            .value(id)
            .value(Instant.parse("2026-11-26T13:52:29.123Z"))
            .value(LocalDate.of(2026, 11, 26))
            .value(LocalTime.of(13, 52))
            .value(LocalDateTime.of(2026, 1, 2, 3, 4, 5))
            .value(OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(1)))
            .value(Duration.ofMinutes(15))
            .value(new byte[] {0, 1, (byte) 0xff})
            .value('q')
            .endArray();
    assertEquals(
        "[\"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b\",\"2026-11-26T13:52:29.123Z\",\"2026-11-26\","
            + "\"13:52\",\"2026-01-02T03:04:05\",\"2026-01-02T03:04:05+01:00\",\"PT15M\",\"AAH/\",\"q\"]",
        w.toString());
  }

  @Test
  void refusesNullNamingTheMemberOrElement() {
    JsonWriter object = new JsonWriter().beginObject().name("orderId");
    IllegalArgumentException member =
        assertThrows(IllegalArgumentException.class, () -> object.value((String) null));
    assertTrue(member.getMessage().startsWith("member \"orderId\" is null"), member.getMessage());

    JsonWriter array = new JsonWriter().beginObject().name("items");
    IllegalArgumentException element =
        assertThrows(
            IllegalArgumentException.class,
            () -> array.array(Arrays.asList("a", null), (w, v) -> w.value(v)));
    assertTrue(element.getMessage().startsWith("array element 1 is null"), element.getMessage());

    Map<String, String> map = new LinkedHashMap<>();
    map.put("k", null);
    JsonWriter mapWriter = new JsonWriter().beginObject().name("m");
    IllegalArgumentException value =
        assertThrows(
            IllegalArgumentException.class, () -> mapWriter.object(map, (w, v) -> w.value(v)));
    assertTrue(value.getMessage().startsWith("member \"k\" is null"), value.getMessage());
  }

  @Test
  void writesNullableOptionalAndCollections() {
    Map<String, List<Integer>> map = new LinkedHashMap<>();
    map.put("b", List.of(2, 3));
    map.put("a", List.of());
    JsonWriter w =
        new JsonWriter()
            .beginObject()
            .name("n")
            .nullable(null, (x, v) -> x.value((String) v))
            .name("s")
            .nullable("x", (x, v) -> x.value(v))
            .name("o")
            .optional(Optional.empty(), (x, v) -> x.value((String) v))
            .name("p")
            .optional(Optional.of(4L), (x, v) -> x.value(v))
            .name("m")
            .object(map, (x, v) -> x.array(v, (y, e) -> y.value(e)))
            .endObject();
    assertEquals(
        "{\"n\":null,\"s\":\"x\",\"o\":null,\"p\":4,\"m\":{\"b\":[2,3],\"a\":[]}}", w.toString());
  }

  private enum Size {
    SMALL,
    LARGE
  }

  @Test
  void writesEnumsByNameAndChecksNullsWhereAsked() {
    assertEquals(
        "[\"SMALL\",\"LARGE\"]",
        new JsonWriter().beginArray().value(Size.SMALL).value(Size.LARGE).endArray().toString());
    JsonWriter w = new JsonWriter().beginObject().name("item");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> w.checkNotNull(null));
    assertTrue(e.getMessage().startsWith("member \"item\" is null"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> w.value((Size) null));
    w.checkNotNull("x").value(Size.LARGE);
    assertEquals("{\"item\":\"LARGE\"}", w.endObject().toString());
  }

  @Test
  void typeTagBecomesTheFirstMemberOfTheNextObject() {
    JsonWriter w =
        new JsonWriter()
            .beginArray()
            .typeTag("Circle")
            .beginObject()
            .name("r")
            .value(2)
            .endObject()
            .beginObject()
            .endObject()
            .endArray();
    assertEquals("[{\"@type\":\"Circle\",\"r\":2},{}]", w.toString());
  }

  @Test
  void refusesMisuseOfTheStructure() {
    assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().value(1));
    assertThrows(IllegalStateException.class, () -> new JsonWriter().beginArray().name("a"));
    assertThrows(
        IllegalStateException.class, () -> new JsonWriter().beginObject().name("a").name("b"));
    assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().endArray());
    assertThrows(
        IllegalStateException.class, () -> new JsonWriter().beginObject().name("a").endObject());
    assertThrows(IllegalStateException.class, () -> new JsonWriter().value(1).value(2));
  }

  @Test
  void nestsDeeperThanTheInitialStack() {
    JsonWriter w = new JsonWriter();
    for (int i = 0; i < 40; i++) {
      w.beginArray();
    }
    for (int i = 0; i < 40; i++) {
      w.endArray();
    }
    assertEquals("[".repeat(40) + "]".repeat(40), w.toString());
  }
}
