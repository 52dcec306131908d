package dev.herald.processor.codec;

import java.util.List;
import java.util.Map;

/**
 * Prints a tree of maps, lists, strings, numbers and booleans as indented JSON, for the files the
 * processor writes; the processor does not depend on the runtime's JSON writer, so it has its own.
 */
final class JsonText {

  private JsonText() {}

  /** {@code value} as JSON indented by two spaces, ending with a newline. */
  static String print(Object value) {
    StringBuilder out = new StringBuilder();
    append(out, value, "");
    return out.append('\n').toString();
  }

  private static void append(StringBuilder out, Object value, String indent) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      String inner = indent + "  ";
      String separator = "";
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(separator).append(inner);
        string(out, (String) entry.getKey());
        out.append(": ");
        append(out, entry.getValue(), inner);
        separator = ",\n";
      }
      out.append('\n').append(indent).append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      String inner = indent + "  ";
      String separator = "";
      for (Object element : list) {
        out.append(separator).append(inner);
        append(out, element, inner);
        separator = ",\n";
      }
      out.append('\n').append(indent).append(']');
    } else if (value instanceof String text) {
      string(out, text);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value == null) {
      out.append("null");
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }
  }

  private static void string(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
