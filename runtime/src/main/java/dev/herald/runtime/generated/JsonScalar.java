package dev.herald.runtime.generated;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Function;

/**
 * The Java types a codec writes as one JSON string, number or boolean, each named by the keyword
 * that generated codecs use in their component declarations ({@code "totalCents long"}).
 */
enum JsonScalar implements JsonType {
  BOOLEAN("boolean", "a boolean") {
    @Override
    public Object read(JsonInput in) throws IOException {
      if (in.token() == JsonToken.VALUE_TRUE) {
        return Boolean.TRUE;
      }
      if (in.token() == JsonToken.VALUE_FALSE) {
        return Boolean.FALSE;
      }
      throw in.expected(expected());
    }

    @Override
    public void write(JsonOutput out, Object value) throws IOException {
      out.generator.writeBoolean((Boolean) value);
    }
  },
  BYTE("byte", "a byte") {
    @Override
    public Object read(JsonInput in) throws IOException {
      return (byte) JsonNumbers.integral(in, Byte.MIN_VALUE, Byte.MAX_VALUE, expected());
    }
  },
  SHORT("short", "a short") {
    @Override
    public Object read(JsonInput in) throws IOException {
      return (short) JsonNumbers.integral(in, Short.MIN_VALUE, Short.MAX_VALUE, expected());
    }
  },
  INT("int", "an int") {
    @Override
    public Object read(JsonInput in) throws IOException {
      return (int) JsonNumbers.integral(in, Integer.MIN_VALUE, Integer.MAX_VALUE, expected());
    }
  },
  LONG("long", "a long") {
    @Override
    public Object read(JsonInput in) throws IOException {
      return JsonNumbers.integral(in, Long.MIN_VALUE, Long.MAX_VALUE, expected());
    }

    @Override
    public void write(JsonOutput out, Object value) throws IOException {
      out.generator.writeNumber((Long) value);
    }
  },
  FLOAT("float", "a float") {
    @Override
    public Object read(JsonInput in) throws IOException {
      return JsonNumbers.floatValue(in, expected());
    }

    @Override
    public void write(JsonOutput out, Object value) throws IOException {
      float number = (Float) value;
      if (!Float.isFinite(number)) {
        throw out.invalid("is " + number + ", which JSON cannot represent");
      }
      out.generator.writeNumber(number);
    }
  },
  DOUBLE("double", "a double") {
    @Override
    public Object read(JsonInput in) throws IOException {
      return JsonNumbers.doubleValue(in, expected());
    }

    @Override
    public void write(JsonOutput out, Object value) throws IOException {
      double number = (Double) value;
      if (!Double.isFinite(number)) {
        throw out.invalid("is " + number + ", which JSON cannot represent");
      }
      out.generator.writeNumber(number);
    }
  },
  CHAR("char", "a one-character string") {
    @Override
    public Object read(JsonInput in) throws IOException {
      String text = text(in, expected());
      if (text.length() != 1) {
        throw in.expected(expected());
      }
      return text.charAt(0);
    }

    @Override
    public void write(JsonOutput out, Object value) throws IOException {
      out.string(String.valueOf((char) (Character) value));
    }
  },
  STRING("string", "a string") {
    @Override
    public Object read(JsonInput in) throws IOException {
      return text(in, expected());
    }

    @Override
    public void write(JsonOutput out, Object value) throws IOException {
      out.string((String) value);
    }
  },
  DECIMAL("decimal", "a decimal number") {
    @Override
    public Object read(JsonInput in) throws IOException {
      return JsonNumbers.decimal(in, expected());
    }

    @Override
    public void write(JsonOutput out, Object value) throws IOException {
      BigDecimal decimal = (BigDecimal) value;
      if (Math.abs((long) decimal.scale()) > JsonLimits.MAX_DECIMAL_SCALE) {
        throw out.invalid(
            "has scale "
                + decimal.scale()
                + ", beyond the limit JsonLimits.MAX_DECIMAL_SCALE; it could not be read back");
      }
      number(out, JsonNumbers.text(decimal));
    }
  },
  BIG_INTEGER("biginteger", "an integer") {
    @Override
    public Object read(JsonInput in) throws IOException {
      return JsonNumbers.bigInteger(in, expected());
    }

    @Override
    public void write(JsonOutput out, Object value) throws IOException {
      number(out, value.toString());
    }
  },
  UUID_VALUE("uuid", "a UUID") {
    @Override
    public Object read(JsonInput in) throws IOException {
      String text = text(in, expected());
      if (!isCanonicalUuid(text)) {
        throw in.expected(expected());
      }
      return UUID.fromString(text);
    }
  },
  INSTANT("instant", "an ISO-8601 instant") {
    @Override
    public Object read(JsonInput in) throws IOException {
      return parse(in, expected(), Instant::parse);
    }
  },
  DATE("date", "an ISO-8601 date") {
    @Override
    public Object read(JsonInput in) throws IOException {
      return parse(in, expected(), LocalDate::parse);
    }
  },
  TIME("time", "an ISO-8601 time") {
    @Override
    public Object read(JsonInput in) throws IOException {
      return parse(in, expected(), LocalTime::parse);
    }
  },
  DATE_TIME("datetime", "an ISO-8601 date-time") {
    @Override
    public Object read(JsonInput in) throws IOException {
      return parse(in, expected(), LocalDateTime::parse);
    }
  },
  OFFSET_DATE_TIME("offsetdatetime", "an ISO-8601 date-time with offset") {
    @Override
    public Object read(JsonInput in) throws IOException {
      return parse(in, expected(), OffsetDateTime::parse);
    }
  },
  DURATION("duration", "an ISO-8601 duration") {
    @Override
    public Object read(JsonInput in) throws IOException {
      return parse(in, expected(), Duration::parse);
    }
  },
  BYTES("bytes", "a base64 string") {
    @Override
    public Object read(JsonInput in) throws IOException {
      return parse(in, expected(), Base64.getDecoder()::decode);
    }

    @Override
    public void write(JsonOutput out, Object value) throws IOException {
      out.generator.writeString(Base64.getEncoder().encodeToString((byte[]) value));
    }
  };

  private final String keyword;
  private final String expected;

  JsonScalar(String keyword, String expected) {
    this.keyword = keyword;
    this.expected = expected;
  }

  /** The word generated codecs declare a component of this type with. */
  String keyword() {
    return keyword;
  }

  @Override
  public String expected() {
    return expected;
  }

  /**
   * Integers are written as numbers, everything not overridden as its ISO-8601 or canonical text.
   */
  @Override
  public void write(JsonOutput out, Object value) throws IOException {
    if (value instanceof Number number) {
      out.generator.writeNumber(number.intValue());
    } else {
      out.generator.writeString(value.toString());
    }
  }

  /** The scalar a keyword names, or {@code null}. */
  static JsonScalar forKeyword(String keyword) {
    for (JsonScalar scalar : values()) {
      if (scalar.keyword.equals(keyword)) {
        return scalar;
      }
    }
    return null;
  }

  private static void number(JsonOutput out, String text) throws IOException {
    if (!JsonNumbers.fits(text)) {
      throw out.invalid(
          "has "
              + text.length()
              + " characters, beyond the limit JsonLimits.MAX_NUMBER_LENGTH; it could not be read"
              + " back");
    }
    out.generator.writeNumber(text);
  }

  private static String text(JsonInput in, String what) throws IOException {
    if (in.token() != JsonToken.VALUE_STRING) {
      throw in.expected(what);
    }
    return in.parser.getText();
  }

  /** Parses a string with a JDK parser; whatever it throws becomes a failure quoting the text. */
  private static Object parse(JsonInput in, String what, Function<String, ?> parser)
      throws IOException {
    String text = text(in, what);
    try {
      return parser.apply(text);
    } catch (RuntimeException e) {
      throw in.expected(what);
    }
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
