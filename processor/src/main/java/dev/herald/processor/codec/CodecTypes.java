package dev.herald.processor.codec;

import com.palantir.javapoet.ClassName;
import dev.herald.processor.model.CompilationModel;
import dev.herald.processor.model.EventModel;
import dev.herald.processor.model.JsonRecord;
import dev.herald.processor.model.JsonScalar;
import dev.herald.processor.model.JsonShape;
import dev.herald.processor.model.JsonTypes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The records, enums and sealed interfaces a compilation's codec events reach, in name order, each
 * with the name the generated schema declares it under: its simple name, or its enclosing types'
 * names too when two reached types share a simple name ({@code Order_Item}, {@code Menu_Item}).
 */
final class CodecTypes {

  /** Words of the schema's notation, which a declared name must not be. */
  private static final Set<String> RESERVED =
      Stream.concat(
              Stream.of("list", "set", "map", "optional", "nullable"),
              Stream.of(JsonScalar.values()).map(JsonScalar::keyword))
          .collect(Collectors.toUnmodifiableSet());

  private final JsonTypes json;
  private final Map<String, JsonRecord> records = new TreeMap<>();
  private final Map<String, JsonShape.EnumType> enums = new TreeMap<>();
  private final Map<String, JsonShape.SealedType> sealed = new TreeMap<>();
  private final Map<String, String> names = new HashMap<>();

  CodecTypes(CompilationModel model) {
    this.json = model.json();
    for (EventModel event : model.codecEvents()) {
      addRecord(event.type());
    }
    assignNames();
  }

  /** The records, events included, by canonical name; a record's position is its index. */
  List<JsonRecord> records() {
    return List.copyOf(records.values());
  }

  /** The enums, by canonical name. */
  List<JsonShape.EnumType> enums() {
    return List.copyOf(enums.values());
  }

  /** The sealed interfaces, by canonical name. */
  List<JsonShape.SealedType> sealedTypes() {
    return List.copyOf(sealed.values());
  }

  /** Whether the codec declares the type: an event or a type it reaches. */
  boolean declares(ClassName type) {
    return names.containsKey(type.canonicalName());
  }

  /** The position of a record in {@link #records()}: its index in the codec's switches. */
  int index(ClassName record) {
    int index = new ArrayList<>(records.keySet()).indexOf(record.canonicalName());
    if (index < 0) {
      throw new IllegalArgumentException(record + " is not a record of the codec");
    }
    return index;
  }

  /** The name the schema declares a reached type under. */
  String name(ClassName type) {
    String name = names.get(type.canonicalName());
    if (name == null) {
      throw new IllegalArgumentException(type + " is not reached by the codec's events");
    }
    return name;
  }

  private void addRecord(ClassName type) {
    JsonRecord record = json.record(type);
    if (records.putIfAbsent(type.canonicalName(), record) == null) {
      record.components().forEach(component -> addShape(component.shape()));
    }
  }

  private void addShape(JsonShape shape) {
    if (shape instanceof JsonShape.RecordType record) {
      addRecord(record.type());
    } else if (shape instanceof JsonShape.EnumType enumType) {
      enums.putIfAbsent(enumType.type().canonicalName(), enumType);
    } else if (shape instanceof JsonShape.SealedType union) {
      if (sealed.putIfAbsent(union.type().canonicalName(), union) == null) {
        union.variants().forEach(variant -> addRecord(variant.record()));
      }
    } else if (shape instanceof JsonShape.ListOf list) {
      addShape(list.element());
    } else if (shape instanceof JsonShape.SetOf set) {
      addShape(set.element());
    } else if (shape instanceof JsonShape.MapOf map) {
      addShape(map.value());
    } else if (shape instanceof JsonShape.OptionalOf optional) {
      addShape(optional.element());
    } else if (shape instanceof JsonShape.Opaque opaque) {
      throw new IllegalStateException(
          "the codec has no JSON form for " + opaque.javaType() + "; validation should have said");
    }
  }

  private void assignNames() {
    List<ClassName> all = new ArrayList<>();
    records.values().forEach(record -> all.add(record.type()));
    enums.values().forEach(e -> all.add(e.type()));
    sealed.values().forEach(s -> all.add(s.type()));
    all.sort(Comparator.comparing(ClassName::canonicalName));
    Map<String, Integer> simpleNameCount = new HashMap<>();
    for (ClassName type : all) {
      simpleNameCount.merge(type.simpleName(), 1, Integer::sum);
    }
    Map<String, Integer> taken = new HashMap<>();
    for (ClassName type : all) {
      String name =
          simpleNameCount.get(type.simpleName()) == 1
              ? type.simpleName()
              : String.join("_", type.simpleNames());
      if (RESERVED.contains(name)) {
        name = name + "_";
      }
      // Same nested names in two packages: number them, in name order, so output stays stable.
      int seen = taken.merge(name, 1, Integer::sum);
      names.put(type.canonicalName(), seen == 1 ? name : name + seen);
    }
  }
}
