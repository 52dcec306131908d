package dev.herald.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Objects;

/**
 * How one Java type appears in JSON, resolved once during validation: the codec writer, the catalog
 * and the integration contract all read these and never look at the Java type again. Records are
 * referenced by name ({@link RecordType}) and described once in {@link JsonTypes}, so that
 * recursive records are finite.
 */
public sealed interface JsonShape {

  /** A JSON string, number or boolean. */
  record Scalar(JsonScalar scalar) implements JsonShape {}

  /** An enum, written as its constant's name. */
  record EnumType(ClassName type, List<String> constants) implements JsonShape {

    public EnumType {
      Objects.requireNonNull(type, "type");
      constants = List.copyOf(constants);
    }
  }

  /** A record, written as an object with one member per component; see {@link JsonTypes}. */
  record RecordType(ClassName type) implements JsonShape {}

  /**
   * A sealed interface over records, written as the variant's object with {@code "@type": tag}
   * first.
   */
  record SealedType(ClassName type, List<Variant> variants) implements JsonShape {

    public SealedType {
      Objects.requireNonNull(type, "type");
      variants = List.copyOf(variants);
    }
  }

  /**
   * One record a sealed interface permits.
   *
   * @param tag the value of {@code "@type"}: the record's simple name
   * @param record the record
   */
  record Variant(String tag, ClassName record) {}

  /** A {@code List}, written as an array. */
  record ListOf(JsonShape element) implements JsonShape {}

  /** A {@code Set}, written as an array without duplicates. */
  record SetOf(JsonShape element) implements JsonShape {}

  /** A {@code Map<String, V>}, written as an object. */
  record MapOf(JsonShape value) implements JsonShape {}

  /** An {@code Optional} component, written as its value or {@code null}. */
  record OptionalOf(JsonShape element) implements JsonShape {}

  /**
   * A type the codec has no JSON form for, reported by validation; only documents show it, by its
   * Java type, and no codec ever contains it.
   */
  record Opaque(String javaType) implements JsonShape {}
}
