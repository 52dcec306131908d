package dev.herald.runtime.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Appends one JSON document to a {@link StringBuilder}, with commas placed for the caller and every
 * string escaped; generated encoders drive it with one call per member.
 *
 * <p>Reference-typed {@code value} methods reject {@code null} with a message naming the member or
 * element, because a record component that is not {@code @Nullable} must never be stored as {@code
 * null}: the decoder would refuse it later, far from the bug. Nullable values go through {@link
 * #nullable} or {@link #nullValue}.
 *
 * <p>Not thread-safe; use one writer per document.
 */
public final class JsonWriter {

  /**
   * The member naming the variant of a sealed interface inside its object, e.g. {@code
   * {"@type":"Circle","radius":2}}; no record component can be named like this.
   */
  public static final String TYPE_FIELD = "@type";

  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final byte OBJECT = 1;
  private static final byte ARRAY = 2;

  private final StringBuilder out;
  private byte[] kinds = new byte[8];
  private int[] counts = new int[8];
  private int depth;
  private boolean namePending;
  private String currentName;
  private String pendingTypeTag;
  private boolean rootWritten;

  /** A writer with its own buffer; read the document with {@link #toString()}. */
  public JsonWriter() {
    this(new StringBuilder(256));
  }

  /** A writer appending to {@code out}. */
  public JsonWriter(StringBuilder out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /** Starts an object; after {@link #typeTag}, its first member is the {@link #TYPE_FIELD}. */
  public JsonWriter beginObject() {
    beforeValue();
    push(OBJECT);
    out.append('{');
    String tag = pendingTypeTag;
    if (tag != null) {
      pendingTypeTag = null;
      name(TYPE_FIELD).value(tag);
    }
    return this;
  }

  /** Ends the current object. */
  public JsonWriter endObject() {
    if (depth == 0 || kinds[depth - 1] != OBJECT || namePending) {
      throw new IllegalStateException("endObject() without an open object awaiting a member");
    }
    depth--;
    out.append('}');
    return this;
  }

  /** Starts an array. */
  public JsonWriter beginArray() {
    beforeValue();
    push(ARRAY);
    out.append('[');
    return this;
  }

  /** Ends the current array. */
  public JsonWriter endArray() {
    if (depth == 0 || kinds[depth - 1] != ARRAY) {
      throw new IllegalStateException("endArray() without an open array");
    }
    depth--;
    out.append(']');
    return this;
  }

  /** Writes the name of the next member of the current object. */
  public JsonWriter name(String name) {
    Objects.requireNonNull(name, "name");
    if (depth == 0 || kinds[depth - 1] != OBJECT || namePending) {
      throw new IllegalStateException("name(\"" + name + "\") outside an object or twice in a row");
    }
    if (counts[depth - 1]++ > 0) {
      out.append(',');
    }
    appendString(out, name);
    out.append(':');
    namePending = true;
    currentName = name;
    return this;
  }

  /**
   * Makes the next {@link #beginObject} write {@code "@type": tag} first: how a sealed interface's
   * encoder marks which record follows.
   */
  public JsonWriter typeTag(String tag) {
    pendingTypeTag = Objects.requireNonNull(tag, "tag");
    return this;
  }

  /** Writes JSON {@code null}. */
  public JsonWriter nullValue() {
    beforeValue();
    out.append("null");
    return this;
  }

  /** Writes a string. */
  public JsonWriter value(String value) {
    requireValue(value);
    beforeValue();
    appendString(out, value);
    return this;
  }

  /** Writes an enum constant as its name; the generated decoder maps names back with a switch. */
  public JsonWriter value(Enum<?> value) {
    requireValue(value);
    beforeValue();
    appendString(out, value.name());
    return this;
  }

  /**
   * Refuses {@code null} where the next value is written, naming the member or element; generated
   * writers of records and sealed interfaces call it first.
   */
  public JsonWriter checkNotNull(Object value) {
    requireValue(value);
    return this;
  }

  /** Writes a one-character string. */
  public JsonWriter value(char value) {
    beforeValue();
    appendString(out, String.valueOf(value));
    return this;
  }

  /** Writes {@code true} or {@code false}. */
  public JsonWriter value(boolean value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /** Writes an integer; {@code byte} and {@code short} widen to this. */
  public JsonWriter value(int value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /** Writes an integer. */
  public JsonWriter value(long value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /** Writes a finite number in the shortest form that reads back as the same {@code float}. */
  public JsonWriter value(float value) {
    if (!Float.isFinite(value)) {
      throw new IllegalArgumentException(
          where() + " is " + value + ", which JSON cannot represent");
    }
    beforeValue();
    out.append(value);
    return this;
  }

  /** Writes a finite number in the shortest form that reads back as the same {@code double}. */
  public JsonWriter value(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          where() + " is " + value + ", which JSON cannot represent");
    }
    beforeValue();
    out.append(value);
    return this;
  }

  /** Writes a decimal exactly, keeping its scale ({@code 1.50} stays {@code 1.50}). */
  public JsonWriter value(BigDecimal value) {
    requireValue(value);
    beforeValue();
    out.append(value.toString());
    return this;
  }

  /** Writes an integer of any size. */
  public JsonWriter value(BigInteger value) {
    requireValue(value);
    beforeValue();
    out.append(value.toString());
    return this;
  }

  /** Writes a UUID as its canonical 36-character string. */
  public JsonWriter value(UUID value) {
    requireValue(value);
    beforeValue();
    out.append('"').append(value).append('"');
    return this;
  }

  /** Writes an instant as an ISO-8601 string in UTC, e.g. {@code "2026-11-26T13:52:29.123Z"}. */
  public JsonWriter value(Instant value) {
    return plainString(value);
  }

  /** Writes a date as an ISO-8601 string, e.g. {@code "2026-11-26"}. */
  public JsonWriter value(LocalDate value) {
    return plainString(value);
  }

  /** Writes a time as an ISO-8601 string, e.g. {@code "13:52:29"}. */
  public JsonWriter value(LocalTime value) {
    return plainString(value);
  }

  /** Writes a date and time as an ISO-8601 string, e.g. {@code "2026-11-26T13:52:29"}. */
  public JsonWriter value(LocalDateTime value) {
    return plainString(value);
  }

  /**
   * Writes a date and time with offset as an ISO-8601 string, e.g. {@code
   * "2026-11-26T13:52+01:00"}.
   */
  public JsonWriter value(OffsetDateTime value) {
    return plainString(value);
  }

  /** Writes a duration as an ISO-8601 string, e.g. {@code "PT15M"}. */
  public JsonWriter value(Duration value) {
    return plainString(value);
  }

  /** Writes bytes as a standard base64 string with padding. */
  public JsonWriter value(byte[] value) {
    requireValue(value);
    beforeValue();
    out.append('"').append(Base64.getEncoder().encodeToString(value)).append('"');
    return this;
  }

  /** Writes {@code value} with {@code writer}, or JSON {@code null} when it is {@code null}. */
  public <T> JsonWriter nullable(T value, JsonValueWriter<? super T> writer) {
    if (value == null) {
      return nullValue();
    }
    writer.write(this, value);
    return this;
  }

  /** Writes the optional's value with {@code writer}, or JSON {@code null} when it is empty. */
  public <T> JsonWriter optional(Optional<? extends T> value, JsonValueWriter<? super T> writer) {
    requireValue(value);
    if (value.isEmpty()) {
      return nullValue();
    }
    writer.write(this, value.get());
    return this;
  }

  /** Writes a list or set as an array, in iteration order; a {@code null} element is rejected. */
  public <T> JsonWriter array(Collection<? extends T> values, JsonValueWriter<? super T> writer) {
    requireValue(values);
    beginArray();
    for (T element : values) {
      requireValue(element);
      writer.write(this, element);
    }
    return endArray();
  }

  /** Writes a map as an object, in iteration order; a {@code null} key or value is rejected. */
  public <T> JsonWriter object(Map<String, ? extends T> values, JsonValueWriter<? super T> writer) {
    requireValue(values);
    beginObject();
    for (Map.Entry<String, ? extends T> entry : values.entrySet()) {
      if (entry.getKey() == null) {
        throw new IllegalArgumentException(where() + ": a map key is null");
      }
      name(entry.getKey());
      requireValue(entry.getValue());
      writer.write(this, entry.getValue());
    }
    return endObject();
  }

  /** The document written so far. */
  @Override
  public String toString() {
    return out.toString();
  }

  /**
   * Appends {@code value} as a JSON string literal. Control characters, {@code "}, {@code \}, the
   * JavaScript line separators U+2028/U+2029 and unpaired surrogates are escaped, so the output is
   * valid Unicode and safe to embed in a script; everything else is copied as is.
   */
  public static void appendString(StringBuilder out, String value) {
    int length = value.length();
    int i = 0;
    while (i < length && isPlain(value.charAt(i))) {
      i++;
    }
    out.append('"');
    if (i == length) {
      // The common case, in one copy: StringBuilder copies a String's array, not char by char.
      out.append(value).append('"');
      return;
    }
    int start = 0;
    for (; i < length; i++) {
      char c = value.charAt(i);
      if (isPlain(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
        continue;
      }
      out.append(value, start, i);
      start = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default ->
            out.append("\\u")
                .append(HEX[c >> 12])
                .append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF])
                .append(HEX[c & 0xF]);
      }
    }
    out.append(value, start, length).append('"');
  }

  /**
   * Whether {@code c} is copied as is: not a control, quote, backslash, line separator or
   * surrogate.
   */
  private static boolean isPlain(char c) {
    return c >= 0x20
        && c != '"'
        && c != '\\'
        && (c < 0x2028 || (c > 0x2029 && c < 0xD800) || c > 0xDFFF);
  }

  private JsonWriter plainString(Object value) {
    requireValue(value);
    beforeValue();
    // java.time's toString is ISO-8601 and never contains a character that needs escaping.
    out.append('"').append(value).append('"');
    return this;
  }

  private void requireValue(Object value) {
    if (value == null) {
      throw new IllegalArgumentException(
          where() + " is null; mark the record component @Nullable or give it a value");
    }
  }

  private String where() {
    if (depth == 0) {
      return "the document";
    }
    if (kinds[depth - 1] == OBJECT) {
      return namePending
          ? "member \"" + currentName + "\""
          : "a member after \"" + currentName + "\"";
    }
    return "array element " + counts[depth - 1];
  }

  private void beforeValue() {
    if (depth == 0) {
      if (rootWritten) {
        throw new IllegalStateException("a JSON document has exactly one root value");
      }
      rootWritten = true;
    } else if (kinds[depth - 1] == OBJECT) {
      if (!namePending) {
        throw new IllegalStateException("a value inside an object needs name(...) first");
      }
      namePending = false;
    } else if (counts[depth - 1]++ > 0) {
      out.append(',');
    }
  }

  private void push(byte kind) {
    if (depth == kinds.length) {
      kinds = Arrays.copyOf(kinds, depth * 2);
      counts = Arrays.copyOf(counts, depth * 2);
    }
    kinds[depth] = kind;
    counts[depth] = 0;
    depth++;
  }
}
