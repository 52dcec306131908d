package dev.herald.runtime.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class JsonValueTest {

  private static JsonValue at(String json) {
    return JsonReader.parse(json);
  }

  private static void fails(String expectedMessage, Executable read) {
    JsonDecodingException e = assertThrows(JsonDecodingException.class, read);
    assertEquals(expectedMessage, e.getMessage());
  }

  @Test
  void typeMismatchNamesPathExpectationKindAndOffset() {
    String json = "{\"items\":[{\"size\":\"S\"},{\"size\":\"M\"},{\"size\":12}]}";
    JsonObject root = at(json).asObject();
    JsonValue size = root.required("items").asArray().get(2).asObject().required("size");
    fails(
        "$.items[2].size: expected a string, found number at offset " + json.indexOf("12"),
        size::asString);
    fails(
        "$.items: expected an object, found array at offset 9",
        () -> root.required("items").asObject());
    fails(
        "$.items[0]: expected an array, found object at offset 10",
        () -> root.required("items").asArray().get(0).asArray());
  }

  @Test
  void missingRequiredMemberIsNamed() {
    JsonObject item =
        at("{\"items\":[{\"name\":\"x\"}]}")
            .asObject()
            .required("items")
            .asArray()
            .get(0)
            .asObject();
    fails(
        "$.items[0]: missing required member \"size\" in the object starting at offset 10",
        () -> item.required("size"));
  }

  @Test
  void nullIsRefusedByEveryAccessor() {
    JsonValue nil = at("{\"a\":null}").asObject().required("a");
    fails("$.a: expected a string, found null at offset 5", nil::asString);
    fails("$.a: expected a number, found null at offset 5", nil::asLong);
    fails("$.a: expected a boolean, found null at offset 5", nil::asBoolean);
    fails("$.a: expected a number, found null at offset 5", nil::asBigDecimal);
  }

  @Test
  void nullableAndOptionalTreatAbsentAndNullAlike() {
    JsonObject o = at("{\"a\":null,\"b\":\"x\",\"c\":1}").asObject();
    assertNull(o.nullable("a", JsonValue::asString));
    assertNull(o.nullable("missing", JsonValue::asString));
    assertEquals("x", o.nullable("b", JsonValue::asString));
    assertEquals(Optional.empty(), o.optional("a", JsonValue::asString));
    assertEquals(Optional.empty(), o.optional("missing", JsonValue::asString));
    assertEquals(Optional.of("x"), o.optional("b", JsonValue::asString));
    fails(
        "$.c: expected a string, found number at offset 22",
        () -> o.nullable("c", JsonValue::asString));
    assertNull(o.get("missing"));
    assertTrue(o.get("a").isNull());
  }

  @Test
  void integersAreExactOrRefused() {
    assertEquals(Long.MAX_VALUE, at("9223372036854775807").asLong());
    assertEquals(Long.MIN_VALUE, at("-9223372036854775808").asLong());
    assertEquals(1200L, at("1.2e3").asLong());
    assertEquals(12L, at("12.000").asLong());
    assertEquals(-0L, at("-0").asLong());
    assertEquals(Integer.MIN_VALUE, at("-2147483648").asInt());
    assertEquals((short) -32768, at("-32768").asShort());
    assertEquals((byte) 127, at("127").asByte());
    fails(
        "$: expected a long, found 9223372036854775808, which is out of range at offset 0",
        () -> at("9223372036854775808").asLong());
    fails(
        "$: expected an integer in the range of long, found 1.5 at offset 0",
        () -> at("1.5").asLong());
    fails(
        "$: expected an integer in the range of long, found 1e999999999 at offset 0",
        () -> at("1e999999999").asLong());
    fails(
        "$: expected an int, found 2147483648, which is out of range at offset 0",
        () -> at("2147483648").asInt());
    fails(
        "$: expected a short, found 32768, which is out of range at offset 0",
        () -> at("32768").asShort());
    fails(
        "$: expected a byte, found -129, which is out of range at offset 0",
        () -> at("-129").asByte());
  }

  @Test
  void decimalsKeepTheirTextAndBigIntegersTheirDigits() {
    assertEquals(new BigDecimal("1.50"), at("1.50").asBigDecimal());
    assertEquals(2, at("1.50").asBigDecimal().scale());
    assertEquals(
        new BigDecimal("-1.2345678901234567890123456789E-400"),
        at("-1.2345678901234567890123456789E-400").asBigDecimal());
    BigInteger huge = new BigInteger("123456789012345678901234567890123456789");
    assertEquals(huge, at(huge.toString()).asBigInteger());
    assertEquals(BigInteger.valueOf(1000), at("1e3").asBigInteger());
    fails("$: expected an integer, found 1.5 at offset 0", () -> at("1.5").asBigInteger());
    fails(
        "$: expected an integer of at most 4096 digits, found \"1e999999999\" at offset 0",
        () -> at("1e999999999").asBigInteger());
    fails(
        "$: expected a decimal, found 1e9999999999, which is out of range at offset 0",
        () -> at("1e9999999999").asBigDecimal());
  }

  @Test
  void floatingPointReadsTheNearestValueButNotInfinity() {
    assertEquals(0.1, at("0.1").asDouble());
    assertEquals(1e300, at("1.0E300").asDouble());
    assertEquals(1.5f, at("1.5").asFloat());
    assertEquals(42.0, at("42").asDouble());
    fails(
        "$: expected a double, found 1e400, which is out of range at offset 0",
        () -> at("1e400").asDouble());
    fails(
        "$: expected a float, found 1e40, which is out of range at offset 0",
        () -> at("1e40").asFloat());
    fails("$: expected a number, found string at offset 0", () -> at("\"1\"").asDouble());
  }

  @Test
  void stringValueTypesAreStrict() {
    UUID id = UUID.fromString("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    assertEquals(id, at("\"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b\"").asUuid());
    assertEquals(id, at("\"0190A1B2-C3D4-7E5F-8A9B-0C1D2E3F4A5B\"").asUuid());
    fails(
        "$: expected a UUID, found \"1-1-1-1-1\" at offset 0", () -> at("\"1-1-1-1-1\"").asUuid());
    fails(
        "$: expected a UUID, found \"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5g\" at offset 0",
        () -> at("\"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5g\"").asUuid());
    assertEquals(
        Instant.parse("2026-11-26T13:52:29.123Z"), at("\"2026-11-26T13:52:29.123Z\"").asInstant());
    fails(
        "$: expected an ISO-8601 instant, found \"yesterday\" at offset 0",
        () -> at("\"yesterday\"").asInstant());
    assertEquals(LocalDate.of(2026, 2, 28), at("\"2026-02-28\"").asLocalDate());
    fails(
        "$: expected an ISO-8601 date, found \"2026-02-30\" at offset 0",
        () -> at("\"2026-02-30\"").asLocalDate());
    assertEquals(LocalTime.of(23, 59, 1), at("\"23:59:01\"").asLocalTime());
    assertEquals(LocalDateTime.of(2026, 1, 2, 3, 4), at("\"2026-01-02T03:04\"").asLocalDateTime());
    assertEquals(
        OffsetDateTime.parse("2026-01-02T03:04+02:00"),
        at("\"2026-01-02T03:04+02:00\"").asOffsetDateTime());
    assertEquals(Duration.ofSeconds(90), at("\"PT1M30S\"").asDuration());
    fails(
        "$: expected an ISO-8601 duration, found \"90s\" at offset 0",
        () -> at("\"90s\"").asDuration());
    assertArrayEquals(new byte[] {0, 1, (byte) 0xff}, at("\"AAH/\"").asBytes());
    fails("$: expected a base64 string, found \"***\" at offset 0", () -> at("\"***\"").asBytes());
    assertEquals('x', at("\"x\"").asChar());
    fails(
        "$: expected a one-character string, found \"xy\" at offset 0",
        () -> at("\"xy\"").asChar());
    fails(
        "$: expected a UUID, found \"" + "a".repeat(40) + "...\" at offset 0",
        () -> at("\"" + "a".repeat(100) + "\"").asUuid());
  }

  @Test
  void collectionsAreReadElementByElementAndUnmodifiable() {
    JsonValue list = at("[[1,2],[],[3]]");
    List<List<Integer>> lists = list.asList(v -> v.asList(JsonValue::asInt));
    assertEquals(List.of(List.of(1, 2), List.of(), List.of(3)), lists);
    assertThrows(UnsupportedOperationException.class, () -> lists.add(List.of()));

    Set<String> set = at("[\"b\",\"a\"]").asSet(JsonValue::asString);
    assertEquals(List.of("b", "a"), List.copyOf(set));
    fails(
        "$[2]: duplicate element in a set at offset 9",
        () -> at("[\"b\",\"a\",\"b\"]").asSet(JsonValue::asString));

    Map<String, Long> map = at("{\"z\":1,\"a\":2}").asMap(JsonValue::asLong);
    assertEquals(List.of("z", "a"), List.copyOf(map.keySet()));
    assertEquals(2L, map.get("a"));
    assertThrows(UnsupportedOperationException.class, () -> map.put("q", 3L));

    fails(
        "$[1][0]: expected a number, found string at offset 6",
        () -> at("[[1],[\"x\"]]").asList(v -> v.asList(JsonValue::asInt)));
    fails(
        "$.b: expected a number, found null at offset 11",
        () -> at("{\"a\":1,\"b\":null}").asMap(JsonValue::asLong));
    fails(
        "$: expected an array, found object at offset 0",
        () -> at("{}").asList(JsonValue::asString));
  }

  @Test
  void errorsFromGeneratedChecksAndRecordConstructorsAreLocated() {
    JsonObject item = at("{\"item\":{\"size\":\"XL\"}}").asObject().required("item").asObject();
    JsonDecodingException unknown = item.required("size").error("unknown Size constant \"XL\"");
    assertEquals("$.item.size: unknown Size constant \"XL\" at offset 16", unknown.getMessage());
    assertEquals("$.item.size", unknown.path());
    assertEquals(16, unknown.offset());

    IllegalArgumentException cause = new IllegalArgumentException("size must be S, M or L");
    JsonDecodingException rejected = item.rejected("Pizza", cause);
    assertEquals(
        "$.item: Pizza rejected the values: java.lang.IllegalArgumentException: size must be S, M"
            + " or L at offset 8",
        rejected.getMessage());
    assertSame(cause, rejected.getCause());
    assertSame(unknown, item.rejected("Pizza", unknown));
  }

  @Test
  void unexpectedShowsWhatWasFound() {
    JsonObject o = at("{\"size\":\"XL\",\"n\":1}").asObject();
    assertEquals(
        "$.size: expected a Size: S, M or L, found \"XL\" at offset 8",
        o.required("size").unexpected("a Size: S, M or L").getMessage());
    assertEquals(
        "$.n: expected a Size: S, M or L, found number at offset 17",
        o.required("n").unexpected("a Size: S, M or L").getMessage());
  }

  @Test
  void pathsQuoteNamesThatAreNotIdentifiers() {
    JsonValue value =
        at("{\"a b\":{\"\":[{\"x\\\"y\":1}]}}")
            .asObject()
            .required("a b")
            .asObject()
            .required("")
            .asArray()
            .get(0)
            .asObject()
            .required("x\"y");
    assertEquals("$[\"a b\"][\"\"][0][\"x\\\"y\"]", value.path());
  }
}
