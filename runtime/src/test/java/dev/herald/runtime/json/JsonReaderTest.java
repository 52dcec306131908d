package dev.herald.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.runtime.generated.EventDecodingException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonReaderTest {

  @Test
  void parsesEveryKindOfValue() {
    JsonObject root =
        JsonReader.parse(
                " {\"s\":\"x\", \"n\":-12.5e+3 ,\"t\":true,\"f\":false,\"z\":null,"
                    + "\"a\":[1,[],{}],\"o\":{\"k\":\"v\"}}\r\n\t")
            .asObject();
    assertEquals("x", root.required("s").asString());
    assertEquals("-12.5e+3", ((JsonNumber) root.required("n")).text());
    assertTrue(root.required("t").asBoolean());
    assertFalse(root.required("f").asBoolean());
    assertTrue(root.required("z").isNull());
    assertEquals(3, root.required("a").asArray().size());
    assertEquals("v", root.required("o").asObject().required("k").asString());
    assertEquals(List.of("s", "n", "t", "f", "z", "a", "o"), List.copyOf(root.members().keySet()));
  }

  @Test
  void findsAndRefusesDuplicateMembersInLargeObjectsToo() {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < 40; i++) {
      json.append(i == 0 ? "" : ",").append("\"m").append(i).append("\":").append(i);
    }
    JsonObject large = JsonReader.parse(json + "}").asObject();
    assertEquals(40, large.size());
    for (int i = 0; i < 40; i++) {
      assertEquals(i, large.required("m" + i).asInt());
    }
    assertEquals(null, large.get("m40"));
    assertEquals("m0", large.members().keySet().iterator().next());
    for (int duplicate : new int[] {3, 8, 9, 39}) {
      String withDuplicate = json + ",\"m" + duplicate + "\":0}";
      JsonDecodingException e =
          assertThrows(JsonDecodingException.class, () -> JsonReader.parse(withDuplicate));
      assertEquals("duplicate member \"m" + duplicate + "\"", e.problem());
      assertEquals("$.m" + duplicate, e.path());
    }
  }

  @Test
  void acceptsAnyValueAtTheTop() {
    assertEquals("x", JsonReader.parse("\"x\"").asString());
    assertEquals(0, JsonReader.parse("0").asInt());
    assertTrue(JsonReader.parse(" null ").isNull());
    assertEquals(0, JsonReader.parse("[]").asArray().size());
  }

  @Test
  void decodesEveryEscape() {
    assertEquals(
        "\"\\/\b\f\n\r\t\u00e9\ud83c\udf55\ud800",
        JsonReader.parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00E9\\ud83c\\udf55\\ud800\"").asString());
    assertEquals("a\u4e2db", JsonReader.parse("\"a\u4e2db\"").asString());
  }

  @Test
  void roundTripsRandomStringsThroughTheWriter() {
    Random random = new Random(42);
    for (int run = 0; run < 2_000; run++) {
      char[] chars = new char[random.nextInt(20)];
      for (int i = 0; i < chars.length; i++) {
        // Biased towards the interesting ranges: controls, quotes, surrogates, separators.
        int pick = random.nextInt(5);
        chars[i] =
            switch (pick) {
              case 0 -> (char) random.nextInt(0x80);
              case 1 -> (char) (0xD800 + random.nextInt(0x800));
              case 2 -> (char) (0x2020 + random.nextInt(16));
              default -> (char) random.nextInt(0x10000);
            };
      }
      String original = new String(chars);
      String json =
          new JsonWriter().beginObject().name(original).value(original).endObject().toString();
      JsonObject parsed = JsonReader.parse(json).asObject();
      assertEquals(original, parsed.required(original).asString(), json);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "``|$|expected a value, found the end of the document|0",
        "`  `|$|expected a value, found the end of the document|2",
        "`{`|$|expected a member name in double quotes, found the end of the document|1",
        "`{\"a\"}`|$.a|expected ':' after the member name, found '}'|4",
        "`{\"a\":}`|$.a|expected a value, found '}'|5",
        "`{\"a\":1,}`|$|expected a member name in double quotes, found '}'|7",
        "`{\"a\":1 \"b\":2}`|$|expected ',' or '}' in an object, found '\"'|7",
        "`{a:1}`|$|expected a member name in double quotes, found 'a'|1",
        "`{'a':1}`|$|expected a member name in double quotes, found '''|1",
        "`[1,]`|$[1]|expected a value, found ']'|3",
        "`[1 2]`|$[1]|expected ',' or ']' in an array, found '2'|3",
        "`[1`|$[1]|expected ',' or ']' in an array, found the end of the document|2",
        "`{\"items\":[{\"size\":01}]}`|$.items[0].size|leading zero in a number|19",
        "`-`|$|expected a digit in a number, found the end of the document|1",
        "`+1`|$|expected a value, found '+'|0",
        "`.5`|$|expected a value, found '.'|0",
        "`1.`|$|expected a digit after the decimal point, found the end of the document|2",
        "`1e`|$|expected a digit in the exponent, found the end of the document|2",
        "`1e+`|$|expected a digit in the exponent, found the end of the document|3",
        "`NaN`|$|expected a value, found 'N'|0",
        "`Infinity`|$|expected a value, found 'I'|0",
        "`tru`|$|expected a value, found 't'|0",
        "`nul`|$|expected a value, found 'n'|0",
        "`True`|$|expected a value, found 'T'|0",
        "`\"abc`|$|unterminated string|0",
        "`\"a\\`|$|unterminated string|0",
        "`\"\\x\"`|$|invalid escape 'x' in a string|1",
        "`\"\\u12G4\"`|$|invalid \\u escape: expected four hexadecimal digits|1",
        "`\"\\u12\"`|$|invalid \\u escape: expected four hexadecimal digits|1",
        "`{\"a\":1,\"a\":2}`|$.a|duplicate member \"a\"|7",
        "`{} {}`|$|unexpected '{' after the document|3",
        "`1 2`|$|unexpected '2' after the document|2",
        "`[] x`|$|unexpected 'x' after the document|3",
        "`// c`|$|expected a value, found '/'|0",
        "`[1]/**/`|$|unexpected '/' after the document|3",
        "`{\"we ird\":[true,fals]}`|$[\"we ird\"][1]|expected a value, found 'f'|16",
      })
  void refusesMalformedDocumentsWithPathAndOffset(
      String json, String path, String problem, int offset) {
    JsonDecodingException e =
        assertThrows(JsonDecodingException.class, () -> JsonReader.parse(json));
    assertEquals(path, e.path(), e.getMessage());
    assertEquals(problem, e.problem(), e.getMessage());
    assertEquals(offset, e.offset(), e.getMessage());
    assertEquals(path + ": " + problem + " at offset " + offset, e.getMessage());
    assertInstanceOf(EventDecodingException.class, e);
  }

  @Test
  void refusesControlCharactersAndOddWhitespace() {
    JsonDecodingException tab =
        assertThrows(JsonDecodingException.class, () -> JsonReader.parse("[\"a\tb\"]"));
    assertEquals(
        "$[0]: unescaped control character U+0009 in a string at offset 3", tab.getMessage());
    JsonDecodingException newline =
        assertThrows(JsonDecodingException.class, () -> JsonReader.parse("\"a\nb\""));
    assertEquals("unescaped control character U+000A in a string", newline.problem());
    JsonDecodingException nbsp =
        assertThrows(JsonDecodingException.class, () -> JsonReader.parse("\u00a01"));
    assertEquals("expected a value, found character U+00A0", nbsp.problem());
    JsonDecodingException bom =
        assertThrows(JsonDecodingException.class, () -> JsonReader.parse("\ufeff{}"));
    assertEquals("expected a value, found character U+FEFF", bom.problem());
    JsonDecodingException none =
        assertThrows(JsonDecodingException.class, () -> JsonReader.parse(null));
    assertEquals("expected a JSON document, found no text", none.problem());
  }

  @Test
  void limitsDepth() {
    JsonReader reader = JsonReader.withLimits(3, 1000);
    assertEquals(1, reader.read("[[[1]]]").asArray().size());
    JsonDecodingException e =
        assertThrows(JsonDecodingException.class, () -> reader.read("[[[[1]]]]"));
    assertEquals("$[0][0][0]: nesting deeper than the limit of 3 at offset 3", e.getMessage());

    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    JsonDecodingException byDefault =
        assertThrows(JsonDecodingException.class, () -> JsonReader.parse(deep));
    assertTrue(
        byDefault.problem().equals("nesting deeper than the limit of 64"), byDefault.getMessage());
  }

  @Test
  void limitsLength() {
    JsonReader reader = JsonReader.withLimits(10, 8);
    assertEquals("123456", reader.read("\"123456\"").asString());
    JsonDecodingException e =
        assertThrows(JsonDecodingException.class, () -> reader.read("\"1234567\""));
    assertEquals("$: document of 9 characters exceeds the limit of 8 at offset 0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> JsonReader.withLimits(0, 10));
  }
}
