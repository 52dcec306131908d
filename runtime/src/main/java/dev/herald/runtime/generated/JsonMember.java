package dev.herald.runtime.generated;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.Optional;

/**
 * One record component as a JSON member: its name, its type, and what {@code null} or absence means
 * for it. A required member must be present and not {@code null}; a nullable one reads both as
 * {@code null}; an optional one reads both as {@link Optional#empty()}.
 */
final class JsonMember {

  /** What a member may hold besides a value of its type. */
  enum Presence {
    REQUIRED,
    NULLABLE,
    OPTIONAL
  }

  final String name;
  final SerializedString serializedName;
  final Presence presence;
  JsonType type;

  JsonMember(String name, Presence presence) {
    this.name = name;
    this.serializedName = new SerializedString(name);
    this.presence = presence;
  }

  /** Reads the member's value at the parser's current token. */
  Object read(JsonInput in) throws IOException {
    if (in.token() == JsonToken.VALUE_NULL) {
      return switch (presence) {
        case NULLABLE -> null;
        case OPTIONAL -> Optional.empty();
        case REQUIRED -> throw in.expected(type.expected());
      };
    }
    Object value = type.read(in);
    return presence == Presence.OPTIONAL ? Optional.of(value) : value;
  }

  /** The value of a member the object did not have. */
  Object absent(JsonInput in) {
    return switch (presence) {
      case NULLABLE -> null;
      case OPTIONAL -> Optional.empty();
      case REQUIRED -> throw in.failure("missing required member " + JsonInput.quoted(name));
    };
  }

  /** Writes the member's name and value. */
  void write(JsonOutput out, Object value) throws IOException {
    out.generator.writeFieldName(serializedName);
    if (presence == Presence.OPTIONAL) {
      if (value == null) {
        throw out.nullValue();
      }
      value = ((Optional<?>) value).orElse(null);
      if (value == null) {
        out.generator.writeNull();
        return;
      }
    } else if (value == null) {
      if (presence == Presence.NULLABLE) {
        out.generator.writeNull();
        return;
      }
      throw out.nullValue();
    }
    type.write(out, value);
  }
}
