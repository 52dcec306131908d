package dev.herald.runtime.json;

/**
 * Turns one JSON value into a Java value; generated decoders pass these to the collection and
 * optional accessors, e.g. {@code value.asList(JsonValue::asString)}.
 *
 * @param <T> the Java type read
 */
@FunctionalInterface
public interface JsonValueReader<T> {

  /**
   * Reads the value.
   *
   * @throws JsonDecodingException when the value does not have the expected shape
   */
  T read(JsonValue value);
}
