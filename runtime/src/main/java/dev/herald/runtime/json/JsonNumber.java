package dev.herald.runtime.json;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A JSON number kept as its source text, so that each accessor converts it exactly once into the
 * type the record asks for and refuses anything that would round.
 */
public final class JsonNumber extends JsonValue {

  /**
   * Digits an integer may have before it is refused: bounds the work {@code 1e999999999} could
   * cause.
   */
  private static final int MAX_INTEGER_DIGITS = 4096;

  private final String text;

  JsonNumber(JsonValue parent, String key, int index, int offset, String text) {
    super(parent, key, index, offset);
    this.text = text;
  }

  @Override
  public String kind() {
    return "number";
  }

  /** The number as it was written. */
  public String text() {
    return text;
  }

  @Override
  public long asLong() {
    if (isPlainInteger()) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw error("expected a long, found " + text + ", which is out of range");
      }
    }
    try {
      return new BigDecimal(text).longValueExact();
    } catch (ArithmeticException e) {
      throw error("expected an integer in the range of long, found " + text);
    }
  }

  @Override
  public double asDouble() {
    double value = Double.parseDouble(text);
    if (Double.isInfinite(value)) {
      throw error("expected a double, found " + text + ", which is out of range");
    }
    return value;
  }

  @Override
  public float asFloat() {
    float value = Float.parseFloat(text);
    if (Float.isInfinite(value)) {
      throw error("expected a float, found " + text + ", which is out of range");
    }
    return value;
  }

  @Override
  public BigDecimal asBigDecimal() {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      // Only an exponent beyond the int range gets here.
      throw error("expected a decimal, found " + text + ", which is out of range");
    }
  }

  @Override
  public BigInteger asBigInteger() {
    if (isPlainInteger()) {
      return new BigInteger(text);
    }
    BigDecimal value = asBigDecimal();
    if ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
      throw error(
          "expected an integer of at most " + MAX_INTEGER_DIGITS + " digits, found " + quote(text));
    }
    try {
      return value.toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw error("expected an integer, found " + text);
    }
  }

  private boolean isPlainInteger() {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == 'e' || c == 'E') {
        return false;
      }
    }
    return true;
  }
}
