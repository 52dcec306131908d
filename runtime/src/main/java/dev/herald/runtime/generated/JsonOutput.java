package dev.herald.runtime.generated;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.io.IOException;

/**
 * One document being encoded: the generator and the codec whose records it writes; a value that
 * cannot be written fails with the JSON path the generator stands at.
 */
final class JsonOutput {

  final JsonGenerator generator;
  final JsonEventCodec codec;

  JsonOutput(JsonGenerator generator, JsonEventCodec codec) {
    this.generator = generator;
    this.codec = codec;
  }

  /** Writes a string; one with an unpaired surrogate is escaped, so the JSON stays valid UTF-8. */
  void string(String value) throws IOException {
    if (JsonStrings.hasUnpairedSurrogate(value)) {
      generator.writeRawValue(JsonStrings.literal(value));
    } else {
      generator.writeString(value);
    }
  }

  /** A {@code null} where the record does not allow one, named by where it would go. */
  IllegalArgumentException nullValue() {
    return invalid("is null; mark the record component @Nullable or give it a value");
  }

  /** A value that cannot be written, e.g. {@code $.price is NaN, which JSON cannot represent}. */
  IllegalArgumentException invalid(String problem) {
    return new IllegalArgumentException(JsonInput.shortened(path()) + " " + problem);
  }

  /**
   * The path of the value about to be written: the member whose name was just written, or the next
   * element of the array being written.
   */
  private String path() {
    JsonStreamContext context = generator.getOutputContext();
    if (context.inArray()) {
      // The element is not written yet, so its index is the count so far.
      return "$" + JsonInput.segments(context.getParent()) + "[" + context.getEntryCount() + "]";
    }
    return "$" + outer(context);
  }

  /** Outer contexts have counted the container being written: their index is count - 1. */
  private static String outer(JsonStreamContext context) {
    if (context == null || context.inRoot()) {
      return "";
    }
    String parent = outer(context.getParent());
    if (context.inArray()) {
      return parent + "[" + (context.getEntryCount() - 1) + "]";
    }
    String name = context.getCurrentName();
    return name == null ? parent : parent + JsonInput.member(name);
  }
}
