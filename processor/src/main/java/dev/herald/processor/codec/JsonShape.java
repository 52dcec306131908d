package dev.herald.processor.codec;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * How one Java type appears in JSON: the model both the codec writer and the contract writer work
 * from.
 */
sealed interface JsonShape {

  /** A JSON string, number or boolean. */
  record Scalar(JsonScalar scalar) implements JsonShape {}

  /** An enum, written as its constant's name. */
  record EnumType(TypeElement type, List<String> constants) implements JsonShape {}

  /** A record, written as an object with one member per component. */
  record RecordType(TypeElement type) implements JsonShape {}

  /**
   * A sealed interface over records, written as the variant's object with {@code "@type"} first.
   */
  record SealedType(TypeElement type, List<TypeElement> variants) implements JsonShape {}

  /** A {@code List}, written as an array. */
  record ListOf(JsonShape element) implements JsonShape {}

  /** A {@code Set}, written as an array without duplicates. */
  record SetOf(JsonShape element) implements JsonShape {}

  /** A {@code Map<String, V>}, written as an object. */
  record MapOf(JsonShape value) implements JsonShape {}

  /** An {@code Optional} component, written as its value or {@code null}. */
  record OptionalOf(JsonShape element) implements JsonShape {}
}
