package dev.herald.processor.codec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Every record, enum and sealed interface the events reach, in name order, each with the stem of
 * its generated {@code read}/{@code write} methods: its simple name, or its enclosing types' names
 * too when two reached types share a simple name ({@code Order_Item}, {@code Menu_Item}).
 */
final class CodecTypes {

  private final JsonShapes shapes;
  private final Map<String, TypeElement> records = new TreeMap<>();
  private final Map<String, JsonShape.EnumType> enums = new TreeMap<>();
  private final Map<String, JsonShape.SealedType> sealed = new TreeMap<>();
  private final Map<String, String> stems = new HashMap<>();

  CodecTypes(JsonShapes shapes, List<TypeElement> events) {
    this.shapes = shapes;
    for (TypeElement event : events) {
      addRecord(event);
    }
    assignStems();
  }

  /** The records, events included, by qualified name. */
  List<TypeElement> records() {
    return List.copyOf(records.values());
  }

  /** The enums, by qualified name. */
  List<JsonShape.EnumType> enums() {
    return List.copyOf(enums.values());
  }

  /** The sealed interfaces, by qualified name. */
  List<JsonShape.SealedType> sealedTypes() {
    return List.copyOf(sealed.values());
  }

  /** The stem of the generated methods for a reached type. */
  String stem(TypeElement type) {
    String stem = stems.get(type.getQualifiedName().toString());
    if (stem == null) {
      throw new IllegalArgumentException(type + " is not reached by the codec's events");
    }
    return stem;
  }

  private void addRecord(TypeElement record) {
    if (records.putIfAbsent(record.getQualifiedName().toString(), record) != null) {
      return;
    }
    for (JsonShapes.Component component : shapes.components(record)) {
      if (!component.resolution().ok()) {
        throw new IllegalArgumentException(
            "the codec cannot serialize "
                + record.getSimpleName()
                + "."
                + component.name()
                + " ("
                + component.resolution().problem()
                + "); check JsonCompatibility first");
      }
      addShape(component.shape());
    }
  }

  private void addShape(JsonShape shape) {
    if (shape instanceof JsonShape.RecordType record) {
      addRecord(record.type());
    } else if (shape instanceof JsonShape.EnumType enumType) {
      enums.putIfAbsent(enumType.type().getQualifiedName().toString(), enumType);
    } else if (shape instanceof JsonShape.SealedType sealedType) {
      if (sealed.putIfAbsent(sealedType.type().getQualifiedName().toString(), sealedType) == null) {
        sealedType.variants().forEach(this::addRecord);
      }
    } else if (shape instanceof JsonShape.ListOf list) {
      addShape(list.element());
    } else if (shape instanceof JsonShape.SetOf set) {
      addShape(set.element());
    } else if (shape instanceof JsonShape.MapOf map) {
      addShape(map.value());
    } else if (shape instanceof JsonShape.OptionalOf optional) {
      addShape(optional.element());
    }
  }

  private void assignStems() {
    List<TypeElement> all = new ArrayList<>(records.values());
    enums.values().forEach(e -> all.add(e.type()));
    sealed.values().forEach(s -> all.add(s.type()));
    all.sort(Comparator.comparing(type -> type.getQualifiedName().toString()));
    Map<String, Integer> simpleNameCount = new HashMap<>();
    for (TypeElement type : all) {
      simpleNameCount.merge(type.getSimpleName().toString(), 1, Integer::sum);
    }
    Map<String, Integer> taken = new HashMap<>();
    for (TypeElement type : all) {
      String stem =
          simpleNameCount.get(type.getSimpleName().toString()) == 1
              ? type.getSimpleName().toString()
              : nestedName(type);
      // Same nested names in two packages: number them, in name order, so output stays stable.
      int seen = taken.merge(stem, 1, Integer::sum);
      stems.put(type.getQualifiedName().toString(), seen == 1 ? stem : stem + seen);
    }
  }

  private static String nestedName(TypeElement type) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    for (Element e = type.getEnclosingElement();
        e != null && e.getKind() != ElementKind.PACKAGE;
        e = e.getEnclosingElement()) {
      name.insert(0, e.getSimpleName() + "_");
    }
    return name.toString();
  }
}
