package dev.herald.runtime.generated;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;

/**
 * The limits every JSON document Herald reads is held to, in one place: generated codecs and the
 * Kafka consumer parse through {@link #factory()}, so a payload is accepted or refused by the same
 * rules wherever it arrives.
 */
public final class JsonLimits {

  /** The longest document, in characters: Kafka's default largest message. */
  public static final int MAX_DOCUMENT_LENGTH = 1 << 20;

  /** The most characters of one number, sign and exponent included. */
  public static final int MAX_NUMBER_LENGTH = 1_000;

  /** The longest string value or field name, in characters. */
  public static final int MAX_STRING_LENGTH = 1 << 20;

  /** The deepest nesting of objects and arrays. */
  public static final int MAX_NESTING_DEPTH = 64;

  /**
   * The largest scale of a decimal, either way: {@code 1e-1000} and {@code 1e1000} are accepted,
   * {@code 1e999999999} is not, so that no conversion of a decoded {@code BigDecimal} (to plain
   * text, to an integer, in arithmetic) can cost more than a thousand digits.
   */
  public static final int MAX_DECIMAL_SCALE = 1_000;

  /** The most characters of an offending value an error message quotes. */
  public static final int MAX_QUOTED_LENGTH = 200;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                  .maxNumberLength(MAX_NUMBER_LENGTH)
                  .maxStringLength(MAX_STRING_LENGTH)
                  .maxNameLength(MAX_STRING_LENGTH)
                  .maxNestingDepth(MAX_NESTING_DEPTH)
                  .build())
          .streamWriteConstraints(
              StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private JsonLimits() {}

  /** The shared factory with these limits and strict duplicate-key detection; thread-safe. */
  public static JsonFactory factory() {
    return FACTORY;
  }

  /** The value as an error message may quote it: at most {@link #MAX_QUOTED_LENGTH} characters. */
  public static String quote(CharSequence value) {
    if (value == null) {
      return "null";
    }
    if (value.length() <= MAX_QUOTED_LENGTH) {
      return value.toString();
    }
    return value.subSequence(0, MAX_QUOTED_LENGTH) + "… (" + value.length() + " characters)";
  }
}
