package dev.herald.runtime.json;

/**
 * Writes one Java value as one JSON value; generated encoders pass these to the collection and
 * optional writers, e.g. {@code writer.array(items, (w, item) -> w.value(item))}.
 *
 * @param <T> the Java type written
 */
@FunctionalInterface
public interface JsonValueWriter<T> {

  /** Writes {@code value}, never {@code null}, as exactly one JSON value. */
  void write(JsonWriter writer, T value);
}
