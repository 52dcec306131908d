package dev.herald.processor.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Prints a tree of maps, lists, strings, numbers and booleans as JSON or as block-style YAML, for
 * the catalog files: no template engine and no library on the processor path, and the same tree
 * gives the same bytes on every build.
 */
final class Documents {

  /** Strings YAML reads as themselves when written without quotes. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_/][A-Za-z0-9_./-]*");

  /** Plain words YAML 1.1 or 1.2 would read as something other than a string. */
  private static final Set<String> RESERVED =
      Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

  private Documents() {}

  /** The tree as JSON indented by two spaces, ending with a newline. */
  static String json(Object tree) {
    StringBuilder out = new StringBuilder();
    appendJson(out, tree, "");
    return out.append('\n').toString();
  }

  /** The tree, whose root is a map, as block-style YAML, ending with a newline. */
  static String yaml(Map<String, ?> tree) {
    StringBuilder out = new StringBuilder();
    appendYamlMap(out, tree, "", false);
    return out.toString();
  }

  private static void appendJson(StringBuilder out, Object value, String indent) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      String separator = "";
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(separator).append(indent).append("  ");
        quoted(out, (String) entry.getKey());
        out.append(": ");
        appendJson(out, entry.getValue(), indent + "  ");
        separator = ",\n";
      }
      out.append('\n').append(indent).append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      String separator = "";
      for (Object element : list) {
        out.append(separator).append(indent).append("  ");
        appendJson(out, element, indent + "  ");
        separator = ",\n";
      }
      out.append('\n').append(indent).append(']');
    } else {
      scalar(out, value);
    }
  }

  /**
   * The entries of a map at {@code indent}; in a list, the first entry continues the line the
   * item's {@code "- "} started.
   */
  private static void appendYamlMap(
      StringBuilder out, Map<?, ?> map, String indent, boolean continuesLine) {
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(first && continuesLine)) {
        out.append(indent);
      }
      first = false;
      yamlString(out, (String) entry.getKey());
      out.append(':');
      appendYamlValue(out, entry.getValue(), indent);
    }
  }

  /** A value after {@code key:}: inline when scalar or empty, else on the following lines. */
  private static void appendYamlValue(StringBuilder out, Object value, String indent) {
    if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      out.append('\n');
      appendYamlMap(out, map, indent + "  ", false);
    } else if (value instanceof List<?> list && !list.isEmpty()) {
      out.append('\n');
      appendYamlList(out, list, indent + "  ");
    } else {
      out.append(' ');
      yamlScalar(out, value);
      out.append('\n');
    }
  }

  private static void appendYamlList(StringBuilder out, List<?> list, String indent) {
    for (Object element : list) {
      if (element instanceof Map<?, ?> map && !map.isEmpty()) {
        out.append(indent).append("- ");
        appendYamlMap(out, map, indent + "  ", true);
      } else if (element instanceof List<?> nested && !nested.isEmpty()) {
        out.append(indent).append("-\n");
        appendYamlList(out, nested, indent + "  ");
      } else {
        out.append(indent).append("- ");
        yamlScalar(out, element);
        out.append('\n');
      }
    }
  }

  private static void yamlScalar(StringBuilder out, Object value) {
    if (value instanceof Map<?, ?>) {
      out.append("{}");
    } else if (value instanceof List<?>) {
      out.append("[]");
    } else if (value instanceof String text) {
      yamlString(out, text);
    } else {
      scalar(out, value);
    }
  }

  /** Plain when YAML reads it back as the same string, else double-quoted as JSON would. */
  private static void yamlString(StringBuilder out, String text) {
    if (PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
      out.append(text);
    } else {
      quoted(out, text);
    }
  }

  private static void scalar(StringBuilder out, Object value) {
    if (value instanceof String text) {
      quoted(out, text);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value == null) {
      out.append("null");
    } else {
      throw new IllegalArgumentException("not a document value: " + value.getClass());
    }
  }

  /** A JSON string literal, which is also a valid YAML double-quoted scalar. */
  private static void quoted(StringBuilder out, String text) {
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
