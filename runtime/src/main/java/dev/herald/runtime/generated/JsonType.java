package dev.herald.runtime.generated;

import java.io.IOException;

/**
 * How one Java type travels as JSON in a generated codec: read from the parser's current token,
 * written to the generator. A value is never {@code null} here; members and elements decide about
 * {@code null} before they call a type.
 */
interface JsonType {

  /**
   * What a value of this type is, for messages: {@code a string}, {@code an int}, {@code a Size}.
   */
  String expected();

  /**
   * Reads the value that starts at the parser's current token, leaving the parser on its last
   * token.
   *
   * @throws EventDecodingException when the JSON does not fit, naming where
   */
  Object read(JsonInput in) throws IOException;

  /** Writes {@code value}, which is not {@code null}. */
  void write(JsonOutput out, Object value) throws IOException;
}
