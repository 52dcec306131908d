package dev.herald.runtime.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One case of {@code codec-corpus/cases.txt}: what is decoded, and what must come of it.
 *
 * @param name what the case is about
 * @param typeName the stored type name decoded
 * @param json the input, escapes expanded
 * @param rejection the text the rejection must contain; {@code null} when it must decode
 */
record CorpusCase(String name, String typeName, String json, String rejection) {

  private static final String DECODED = "decoded";
  private static final String REJECTED = "rejected: ";

  @Override
  public String toString() {
    return name;
  }

  /** Every case of the corpus, in file order. */
  static List<CorpusCase> all() {
    String text;
    try (InputStream in = CorpusCase.class.getResourceAsStream("/codec-corpus/cases.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<CorpusCase> cases = new ArrayList<>();
    for (String block : text.split("\n\\s*\n")) {
      Map<String, String> fields = new LinkedHashMap<>();
      for (String line : block.split("\n")) {
        int colon = line.indexOf(": ");
        String key = colon < 0 ? line.replace(":", "").strip() : line.substring(0, colon);
        fields.put(key, colon < 0 ? "" : line.substring(colon + 2));
      }
      String expect = fields.get("expect");
      if (!DECODED.equals(expect) && (expect == null || !expect.startsWith(REJECTED))) {
        throw new IllegalStateException("case " + fields.get("name") + " expects " + expect);
      }
      cases.add(
          new CorpusCase(
              fields.get("name"),
              fields.get("type"),
              expand(fields.get("json")),
              expect.startsWith(REJECTED) ? expand(expect.substring(REJECTED.length())) : null));
    }
    return cases;
  }

  /** Expands {@code «N*TEXT»} (TEXT repeated N times) and {@code «U+XXXX»} (one UTF-16 unit). */
  static String expand(String template) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (true) {
      int open = template.indexOf('«', at);
      if (open < 0) {
        return out.append(template, at, template.length()).toString();
      }
      int close = template.indexOf('»', open);
      out.append(template, at, open);
      String escape = template.substring(open + 1, close);
      if (escape.startsWith("U+")) {
        out.append((char) Integer.parseInt(escape.substring(2), 16));
      } else {
        int star = escape.indexOf('*');
        out.append(escape.substring(star + 1).repeat(Integer.parseInt(escape.substring(0, star))));
      }
      at = close + 1;
    }
  }
}
