package dev.herald.runtime.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * One value of a parsed JSON document, knowing where it sits so that every typed accessor can fail
 * with the path and offset of the value that did not fit.
 *
 * <p>Each {@code asXxx} accessor either returns the value converted exactly or throws a {@link
 * JsonDecodingException}; none returns {@code null}. Optional and nullable members are read through
 * {@link JsonObject#optional} and {@link JsonObject#nullable}.
 */
public abstract sealed class JsonValue
    permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {

  private static final int MAX_QUOTED = 40;

  private final JsonValue parent;
  private final String key;
  private final int index;
  private final int offset;

  JsonValue(JsonValue parent, String key, int index, int offset) {
    this.parent = parent;
    this.key = key;
    this.index = index;
    this.offset = offset;
  }

  /**
   * What kind of JSON value this is: {@code object}, {@code array}, {@code string}, {@code number},
   * {@code boolean} or {@code null}.
   */
  public abstract String kind();

  /** The character offset in the document where this value starts. */
  public final int offset() {
    return offset;
  }

  /** Where this value sits, e.g. {@code $.items[2].size}; computed on demand, for messages. */
  public final String path() {
    return pathOf(parent, key, index);
  }

  /** Whether this is JSON {@code null}. */
  public boolean isNull() {
    return false;
  }

  /** A decoding failure located at this value, for checks the generated code makes itself. */
  public final JsonDecodingException error(String problem) {
    return new JsonDecodingException(path(), problem, offset);
  }

  /**
   * A decoding failure saying what was expected here and showing what was found (a string quoted
   * and shortened, any other value by its kind): how generated enum and sealed-interface readers
   * refuse a name they do not know.
   */
  public final JsonDecodingException unexpected(String expected) {
    String found = this instanceof JsonString ? quote(asString()) : kind();
    return error("expected " + expected + ", found " + found);
  }

  /** A decoding failure located at this value, caused by {@code cause}. */
  public final JsonDecodingException error(String problem, Throwable cause) {
    return new JsonDecodingException(path(), problem, offset, cause);
  }

  /** This value as an object. */
  public JsonObject asObject() {
    throw expected("an object");
  }

  /** This value as an array. */
  public JsonArray asArray() {
    throw expected("an array");
  }

  /** This value as a string. */
  public String asString() {
    throw expected("a string");
  }

  /** This value as a boolean. */
  public boolean asBoolean() {
    throw expected("a boolean");
  }

  /**
   * This value as a {@code long}: an integral number in range ({@code 12}, {@code 1.2e1}), never
   * rounded.
   */
  public long asLong() {
    throw expected("a number");
  }

  /** This value as an {@code int}, never rounded or truncated. */
  public int asInt() {
    long value = asLong();
    if (value != (int) value) {
      throw error("expected an int, found " + value + ", which is out of range");
    }
    return (int) value;
  }

  /** This value as a {@code short}, never rounded or truncated. */
  public short asShort() {
    long value = asLong();
    if (value != (short) value) {
      throw error("expected a short, found " + value + ", which is out of range");
    }
    return (short) value;
  }

  /** This value as a {@code byte}, never rounded or truncated. */
  public byte asByte() {
    long value = asLong();
    if (value != (byte) value) {
      throw error("expected a byte, found " + value + ", which is out of range");
    }
    return (byte) value;
  }

  /** This value as the nearest {@code double}; a number beyond its range is an error. */
  public double asDouble() {
    throw expected("a number");
  }

  /** This value as the nearest {@code float}; a number beyond its range is an error. */
  public float asFloat() {
    throw expected("a number");
  }

  /** This value as a decimal, exactly as written (scale included). */
  public BigDecimal asBigDecimal() {
    throw expected("a number");
  }

  /** This value as an integer of any size ({@code 1e3} is accepted, {@code 1.5} is not). */
  public BigInteger asBigInteger() {
    throw expected("a number");
  }

  /** This value as a {@code char}: a string of exactly one UTF-16 unit. */
  public char asChar() {
    String text = asString();
    if (text.length() != 1) {
      throw error("expected a one-character string, found " + quote(text));
    }
    return text.charAt(0);
  }

  /** This value as a UUID in canonical form ({@code 8-4-4-4-12} hexadecimal digits). */
  public UUID asUuid() {
    String text = asString();
    if (!isCanonicalUuid(text)) {
      throw error("expected a UUID, found " + quote(text));
    }
    return UUID.fromString(text);
  }

  /**
   * This value as an instant, from an ISO-8601 string in UTC such as {@code 2026-11-26T13:52:29Z}.
   */
  public Instant asInstant() {
    return parseString("an ISO-8601 instant", Instant::parse);
  }

  /** This value as a date, from an ISO-8601 string such as {@code 2026-11-26}. */
  public LocalDate asLocalDate() {
    return parseString("an ISO-8601 date", LocalDate::parse);
  }

  /** This value as a time of day, from an ISO-8601 string such as {@code 13:52:29}. */
  public LocalTime asLocalTime() {
    return parseString("an ISO-8601 time", LocalTime::parse);
  }

  /** This value as a date and time, from an ISO-8601 string such as {@code 2026-11-26T13:52:29}. */
  public LocalDateTime asLocalDateTime() {
    return parseString("an ISO-8601 date-time", LocalDateTime::parse);
  }

  /**
   * This value as a date and time with offset, from an ISO-8601 string such as {@code
   * 2026-11-26T13:52Z}.
   */
  public OffsetDateTime asOffsetDateTime() {
    return parseString("an ISO-8601 date-time with offset", OffsetDateTime::parse);
  }

  /** This value as a duration, from an ISO-8601 string such as {@code PT15M}. */
  public Duration asDuration() {
    return parseString("an ISO-8601 duration", Duration::parse);
  }

  /** This value as bytes, from a standard base64 string. */
  public byte[] asBytes() {
    String text = asString();
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw error("expected a base64 string, found " + quote(text), e);
    }
  }

  /** This array's elements read with {@code element}, as an unmodifiable list. */
  public <T> List<T> asList(JsonValueReader<? extends T> element) {
    List<JsonValue> values = asArray().elements();
    List<T> result = new ArrayList<>(values.size());
    for (JsonValue value : values) {
      result.add(element.read(value));
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * This array's elements read with {@code element}, as an unmodifiable set in array order;
   * duplicates are an error.
   */
  public <T> Set<T> asSet(JsonValueReader<? extends T> element) {
    List<JsonValue> values = asArray().elements();
    Set<T> result = new LinkedHashSet<>(Math.max(16, values.size() * 2));
    for (JsonValue value : values) {
      if (!result.add(element.read(value))) {
        throw value.error("duplicate element in a set");
      }
    }
    return Collections.unmodifiableSet(result);
  }

  /** This object's members read with {@code value}, as an unmodifiable map in document order. */
  public <T> Map<String, T> asMap(JsonValueReader<? extends T> value) {
    JsonObject object = asObject();
    Map<String, T> result = new LinkedHashMap<>(Math.max(16, object.size() * 2));
    object.forEach((name, member) -> result.put(name, value.read(member)));
    return Collections.unmodifiableMap(result);
  }

  final JsonDecodingException expected(String what) {
    return error("expected " + what + ", found " + kind());
  }

  static String quote(String text) {
    StringBuilder out = new StringBuilder();
    JsonWriter.appendString(
        out, text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text);
    return out.toString();
  }

  /**
   * The path of the member {@code key} or element {@code index} of {@code parent}, or of {@code
   * parent} itself when neither is given.
   */
  static String pathOf(JsonValue parent, String key, int index) {
    if (parent == null) {
      return "$";
    }
    if (key == null && index < 0) {
      return parent.path();
    }
    StringBuilder path = new StringBuilder(parent.path());
    if (key == null) {
      return path.append('[').append(index).append(']').toString();
    }
    if (isIdentifier(key)) {
      return path.append('.').append(key).toString();
    }
    path.append('[');
    JsonWriter.appendString(path, key);
    return path.append(']').toString();
  }

  private <T> T parseString(String what, Function<String, T> parser) {
    String text = asString();
    try {
      return parser.apply(text);
    } catch (DateTimeParseException e) {
      throw error("expected " + what + ", found " + quote(text), e);
    }
  }

  private static boolean isIdentifier(String key) {
    if (key.isEmpty() || !Character.isJavaIdentifierStart(key.charAt(0))) {
      return false;
    }
    for (int i = 1; i < key.length(); i++) {
      if (!Character.isJavaIdentifierPart(key.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCanonicalUuid(String text) {
    if (text.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = text.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : Character.digit(c, 16) < 0 || c > 'f') {
        return false;
      }
    }
    return true;
  }
}
