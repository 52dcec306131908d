package dev.herald.runtime.generated;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Reads JSON numbers exactly and within bounds: an integer type takes only a number that is an
 * integer in its range ({@code 12}, {@code 1.2e1}), a decimal keeps its scale, and no conversion
 * can cost more than the number's length allows. Numbers such as {@code 1e999999999} or {@code
 * 1<1,000 zeros>e-999990} are refused by looking at precision and scale, never by expanding them.
 */
final class JsonNumbers {

  /** The most decimal digits of a {@code long}. */
  static final int LONG_DIGITS = 19;

  private JsonNumbers() {}

  /** The current number as a {@code long} within {@code [min, max]}. */
  static long integral(JsonInput in, long min, long max, String what) throws IOException {
    JsonParser parser = in.parser;
    JsonToken token = in.token();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      if (parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
        long value = parser.getLongValue();
        if (value >= min && value <= max) {
          return value;
        }
      }
      throw outOfRange(in, what);
    }
    if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      BigInteger exact = exactInteger(in, LONG_DIGITS, what);
      if (exact.bitLength() < Long.SIZE) {
        long value = exact.longValue();
        if (value >= min && value <= max) {
          return value;
        }
      }
      throw outOfRange(in, what);
    }
    throw in.expected(what);
  }

  /**
   * The current number as an integer whose decimal text, sign included, fits {@link
   * JsonLimits#MAX_NUMBER_LENGTH}, so that whatever is decoded can be encoded again.
   */
  static BigInteger bigInteger(JsonInput in, String what) throws IOException {
    BigInteger value;
    if (in.token() == JsonToken.VALUE_NUMBER_INT) {
      value = in.parser.getBigIntegerValue();
    } else if (in.token() == JsonToken.VALUE_NUMBER_FLOAT) {
      value = exactInteger(in, JsonLimits.MAX_NUMBER_LENGTH, what);
    } else {
      throw in.expected(what);
    }
    // 3,300 bits hold at most 994 digits: only a number near the limit is ever printed here.
    if (value.bitLength() > 3_300 && !fits(value.toString())) {
      throw tooLongWrittenBack(in, what, value.toString().length());
    }
    return value;
  }

  /** The current number as a decimal whose scale is within {@link JsonLimits#MAX_DECIMAL_SCALE}. */
  static BigDecimal decimal(JsonInput in, String what) throws IOException {
    BigDecimal value = parse(in, what);
    if (Math.abs((long) value.scale()) > JsonLimits.MAX_DECIMAL_SCALE) {
      throw in.failure(
          "expected "
              + what
              + ", found "
              + JsonLimits.quote(in.parser.getText())
              + ", whose scale "
              + value.scale()
              + " is beyond the limit JsonLimits.MAX_DECIMAL_SCALE (±"
              + JsonLimits.MAX_DECIMAL_SCALE
              + ")");
    }
    // The written form has at most precision + 8 characters: only one near the limit is printed.
    if (value.precision() > JsonLimits.MAX_NUMBER_LENGTH - 8 && !fits(text(value))) {
      throw tooLongWrittenBack(in, what, text(value).length());
    }
    return value;
  }

  /**
   * The shorter of a decimal's two exact forms: its {@code toString()}, or scientific notation
   * where the plain form would run longer ({@code -0.000001999…} becomes {@code -1.999…E-6}). Both
   * read back to an equal {@code BigDecimal}, scale included.
   */
  static String text(BigDecimal value) {
    String text = value.toString();
    if (value.scale() <= 0 || text.indexOf('E') >= 0 || value.precision() == 1) {
      return text;
    }
    String digits = value.unscaledValue().abs().toString();
    long exponent = (long) value.precision() - value.scale() - 1;
    String scientific =
        (value.signum() < 0 ? "-" : "")
            + digits.charAt(0)
            + "."
            + digits.substring(1)
            + "E"
            + (exponent >= 0 ? "+" : "")
            + exponent;
    return scientific.length() < text.length() ? scientific : text;
  }

  /** Whether a number's text can be read back under {@link JsonLimits#MAX_NUMBER_LENGTH}. */
  static boolean fits(String text) {
    return text.length() <= JsonLimits.MAX_NUMBER_LENGTH;
  }

  /** The current number as a finite {@code double}. */
  static double doubleValue(JsonInput in, String what) throws IOException {
    requireNumber(in, what);
    double value = in.parser.getDoubleValue();
    if (!Double.isFinite(value)) {
      throw outOfRange(in, what);
    }
    return value;
  }

  /** The current number as a finite {@code float}. */
  static float floatValue(JsonInput in, String what) throws IOException {
    requireNumber(in, what);
    float value = in.parser.getFloatValue();
    if (!Float.isFinite(value)) {
      throw outOfRange(in, what);
    }
    return value;
  }

  /**
   * The integer a number written with a fraction or exponent stands for, decided from its precision
   * and scale first, so that {@code 1e999999999} is refused before anything is expanded.
   */
  private static BigInteger exactInteger(JsonInput in, int maxDigits, String what)
      throws IOException {
    BigDecimal value = parse(in, what);
    if (value.signum() == 0) {
      return BigInteger.ZERO;
    }
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > maxDigits) {
      throw outOfRange(in, what);
    }
    if (integerDigits <= 0) {
      throw notAnInteger(in, what);
    }
    if (value.scale() > 0) {
      // Bounded: the number has at most MAX_NUMBER_LENGTH digits to strip.
      value = value.stripTrailingZeros();
      if (value.scale() > 0) {
        throw notAnInteger(in, what);
      }
    }
    return value.toBigIntegerExact();
  }

  private static BigDecimal parse(JsonInput in, String what) throws IOException {
    requireNumber(in, what);
    try {
      return in.parser.getDecimalValue();
    } catch (NumberFormatException | ArithmeticException e) {
      throw in.failure(
          "expected "
              + what
              + ", found "
              + JsonLimits.quote(in.parser.getText())
              + ", whose exponent is out of range");
    }
  }

  private static void requireNumber(JsonInput in, String what) throws IOException {
    JsonToken token = in.token();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw in.expected(what);
    }
  }

  private static EventDecodingException outOfRange(JsonInput in, String what) throws IOException {
    return in.failure(
        "expected " + what + ", found " + JsonLimits.quote(in.parser.getText()) + ", out of range");
  }

  private static EventDecodingException tooLongWrittenBack(JsonInput in, String what, int length)
      throws IOException {
    return in.failure(
        "expected "
            + what
            + ", found "
            + JsonLimits.quote(in.parser.getText())
            + ", which written back has "
            + length
            + " characters, beyond the limit JsonLimits.MAX_NUMBER_LENGTH ("
            + JsonLimits.MAX_NUMBER_LENGTH
            + ")");
  }

  private static EventDecodingException notAnInteger(JsonInput in, String what) throws IOException {
    return in.failure(
        "expected "
            + what
            + ", found "
            + JsonLimits.quote(in.parser.getText())
            + ", which is not an integer");
  }
}
