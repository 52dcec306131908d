package dev.herald.runtime.generated;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

/**
 * A sealed interface over records: the variant's object with a {@value #TYPE_MEMBER} member naming
 * the variant first, e.g. {@code {"@type":"Circle","radius":2}}. A producer that puts the tag
 * elsewhere is still understood: the object is then copied once and read again.
 */
final class JsonSealedType implements JsonType {

  /** The member naming the variant; no record component can have this name. */
  static final String TYPE_MEMBER = "@type";

  final String name;
  final List<String> tags;
  JsonRecordType[] variants;

  JsonSealedType(String name, List<String> tags) {
    this.name = name;
    this.tags = List.copyOf(tags);
  }

  @Override
  public String expected() {
    return "a " + name + " object";
  }

  @Override
  public Object read(JsonInput in) throws IOException {
    if (in.token() != JsonToken.START_OBJECT) {
      throw in.expected(expected());
    }
    JsonParser parser = in.parser;
    String first = parser.nextFieldName();
    if (TYPE_MEMBER.equals(first)) {
      parser.nextToken();
      return variant(in).readMembers(in, parser.nextFieldName());
    }
    return readCopy(in, first);
  }

  @Override
  public void write(JsonOutput out, Object value) throws IOException {
    for (int i = 0; i < variants.length; i++) {
      if (variants[i].type == value.getClass()) {
        JsonGenerator generator = out.generator;
        generator.writeStartObject();
        generator.writeStringField(TYPE_MEMBER, tags.get(i));
        variants[i].writeMembers(out, value);
        generator.writeEndObject();
        return;
      }
    }
    // Only a variant compiled after the codec gets here: sealed hierarchies are closed.
    throw out.invalid("is a " + value.getClass().getName() + ", which is not a known " + name);
  }

  /** The variant the current string token names. */
  private JsonRecordType variant(JsonInput in) throws IOException {
    if (in.token() == JsonToken.VALUE_STRING) {
      int index = tags.indexOf(in.parser.getText());
      if (index >= 0) {
        return variants[index];
      }
    }
    throw in.expected("a " + name + " variant: " + alternatives(tags));
  }

  /**
   * Reads an object whose tag is not its first member: copies the object (bounded by the document's
   * limits), finds the tag, then reads the copy as that variant.
   */
  private Object readCopy(JsonInput in, String first) throws IOException {
    String path = in.objectPath();
    JsonParser parser = in.parser;
    StringWriter copy = new StringWriter();
    try (JsonGenerator generator = JsonLimits.factory().createGenerator(copy)) {
      generator.writeStartObject();
      for (String name = first; name != null; name = parser.nextFieldName()) {
        generator.writeFieldName(name);
        parser.nextToken();
        generator.copyCurrentStructure(parser);
      }
      generator.writeEndObject();
    }
    String object = copy.toString();
    JsonRecordType variant = null;
    try (JsonParser tagParser = JsonLimits.factory().createParser(object)) {
      JsonInput tagInput = new JsonInput(tagParser, in.codec, path);
      tagParser.nextToken();
      for (String name = tagParser.nextFieldName();
          name != null;
          name = tagParser.nextFieldName()) {
        tagParser.nextToken();
        if (TYPE_MEMBER.equals(name)) {
          variant = variant(tagInput);
          break;
        }
        tagParser.skipChildren();
      }
    }
    if (variant == null) {
      throw in.failure("missing required member " + JsonInput.quoted(TYPE_MEMBER));
    }
    try (JsonParser variantParser = JsonLimits.factory().createParser(object)) {
      variantParser.nextToken();
      return variant.read(new JsonInput(variantParser, in.codec, path));
    }
  }

  /** {@code A, B or C}. */
  static String alternatives(List<String> names) {
    if (names.isEmpty()) {
      return "(none)";
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " or "
        + names.get(names.size() - 1);
  }
}
