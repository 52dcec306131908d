package dev.herald.processor.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The YAML and JSON printers of the catalog files, on the cases the documents rely on. */
class DocumentsTest {

  @Test
  void yamlQuotesWhatWouldReadAsSomethingElseAndNestsMapsInLists() {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("$ref", "#/channels/a.b");
    item.put("count", 2);
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("plain", "example.orders");
    tree.put("word", "yes");
    tree.put("version", "1.0");
    tree.put("text", "two words: \"quoted\"");
    tree.put("empty", List.of());
    tree.put("none", Map.of());
    tree.put("items", List.of(item, "x"));

    assertEquals(
        "plain: example.orders\n"
            + "word: \"yes\"\n"
            + "version: \"1.0\"\n"
            + "text: \"two words: \\\"quoted\\\"\"\n"
            + "empty: []\n"
            + "none: {}\n"
            + "items:\n"
            + "  - \"$ref\": \"#/channels/a.b\"\n"
            + "    count: 2\n"
            + "  - x\n",
        Documents.yaml(tree));
  }

  @Test
  void jsonIndentsByTwoAndEscapesControlCharacters() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("a", List.of(1, true));
    tree.put("b", "line\nbreak\u0001");

    assertEquals(
        "{\n  \"a\": [\n    1,\n    true\n  ],\n  \"b\": \"line\\nbreak\\u0001\"\n}\n",
        Documents.json(tree));
  }
}
