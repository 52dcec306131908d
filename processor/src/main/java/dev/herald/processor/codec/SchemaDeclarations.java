package dev.herald.processor.codec;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.herald.processor.model.CompilationModel;
import dev.herald.processor.model.EventModel;
import dev.herald.processor.model.IntegrationContract;
import dev.herald.processor.model.JsonComponent;
import dev.herald.processor.model.JsonRecord;
import dev.herald.processor.model.JsonShape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@code schema()} method of a codec: its records as an array of literals, a line each
 * in the notation of the runtime's {@code JsonSchema}, e.g. {@code Item.class, "Item(name string,
 * size Size, quantity int)"}, then one declaration per enum, sealed interface, integration event
 * and upcast. Declarations are data, so a codec grows by one line per type instead of a method, and
 * javac, which compiles the codec in every build, only checks literals.
 */
final class SchemaDeclarations {

  /** The generated codecs' runtime schema. */
  static final ClassName JSON_SCHEMA = ClassName.get("dev.herald.runtime.generated", "JsonSchema");

  private final CodecTypes types;

  SchemaDeclarations(CodecTypes types) {
    this.types = types;
  }

  /**
   * Adds {@code schema()} and, for a large codec, its parts: one per {@link Chunks#SIZE} records,
   * each record a line of an array of literals, then the other declarations.
   */
  void addTo(TypeSpec.Builder type, ClassName codec, CompilationModel model) {
    Map<ClassName, String> domainEvents = new HashMap<>();
    List<EventModel> integrationEvents = new ArrayList<>();
    for (EventModel event : model.codecEvents()) {
      if (event.integration().isPresent()) {
        integrationEvents.add(event);
      } else {
        domainEvents.put(event.type(), event.typeName());
      }
    }
    List<List<CodeBlock>> parts = new ArrayList<>();
    for (List<JsonRecord> chunk : Chunks.of(types.records())) {
      parts.add(List.of(records(chunk, domainEvents)));
    }
    List<CodeBlock> declarations = new ArrayList<>();
    types.enums().forEach(enumType -> declarations.add(enumType(enumType)));
    types.sealedTypes().forEach(union -> declarations.add(sealed(union)));
    integrationEvents.forEach(event -> declarations.add(integrationEvent(event)));
    for (EventModel older : model.codecUpcasts()) {
      ClassName next = older.upcast().orElseThrow().target();
      if (types.declares(next)) {
        declarations.add(
            CodeBlock.of("schema.upcast($S, $S)", types.name(older.type()), types.name(next)));
      }
    }
    MethodSpec.Builder schema =
        MethodSpec.methodBuilder("schema")
            .addJavadoc(
                "Declares every JSON type of this codec; the n-th record declared is record n of\n"
                    + "{@link #construct} and {@link #components}.\n")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(JSON_SCHEMA)
            .addStatement(
                "$T.Builder schema = $T.builder($S)", JSON_SCHEMA, JSON_SCHEMA, codec.simpleName());
    if (parts.size() <= 1 && declarations.size() <= Chunks.SIZE) {
      parts.forEach(part -> part.forEach(schema::addStatement));
      declarations.forEach(schema::addStatement);
    } else {
      parts.addAll(Chunks.of(declarations));
      for (int i = 0; i < parts.size(); i++) {
        String part = "schema" + i;
        schema.addStatement("$N(schema)", part);
        MethodSpec.Builder method =
            MethodSpec.methodBuilder(part)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(JSON_SCHEMA.nestedClass("Builder"), "schema");
        parts.get(i).forEach(method::addStatement);
        type.addMethod(method.build());
      }
    }
    type.addMethod(schema.addStatement("return schema.build()").build());
  }

  /**
   * Records in the bulk form of {@code JsonSchema.Builder.records}: a line per record, its class
   * and its description, which also names the domain event it is stored as.
   */
  private CodeBlock records(List<JsonRecord> records, Map<ClassName, String> domainEvents) {
    CodeBlock.Builder call = CodeBlock.builder().add("schema.records(new $T[] {\n$>", Object.class);
    for (int i = 0; i < records.size(); i++) {
      JsonRecord record = records.get(i);
      List<String> components = new ArrayList<>();
      for (JsonComponent component : record.components()) {
        components.add(component.name() + " " + componentType(component));
      }
      String description = types.name(record.type()) + "(" + String.join(", ", components) + ")";
      String event = domainEvents.get(record.type());
      call.add(
          "$T.class, $S",
          record.type(),
          event == null ? description : description + " domain " + event);
      call.add(i < records.size() - 1 ? ",\n" : "$<");
    }
    return call.add("})").build();
  }

  private CodeBlock enumType(JsonShape.EnumType enumType) {
    return CodeBlock.of(
        "schema.enumType($S, $T.values())", types.name(enumType.type()), enumType.type());
  }

  private CodeBlock sealed(JsonShape.SealedType union) {
    CodeBlock.Builder call = CodeBlock.builder().add("schema.sealed($S", types.name(union.type()));
    for (JsonShape.Variant variant : union.variants()) {
      String name = types.name(variant.record());
      call.add(",$W$S", name.equals(variant.tag()) ? name : variant.tag() + "=" + name);
    }
    return call.add(")").build();
  }

  /** An integration event; domain events are declared with their records. */
  private CodeBlock integrationEvent(EventModel event) {
    IntegrationContract contract = event.integration().orElseThrow();
    return CodeBlock.of(
        "schema.integrationEvent($S, $L, $S, $S)",
        contract.type(),
        contract.version(),
        contract.source(),
        types.name(event.type()));
  }

  private String componentType(JsonComponent component) {
    if (component.shape() instanceof JsonShape.OptionalOf optional) {
      return "optional " + type(optional.element());
    }
    return component.nullable() ? "nullable " + type(component.shape()) : type(component.shape());
  }

  private String type(JsonShape shape) {
    if (shape instanceof JsonShape.Scalar scalar) {
      return scalar.scalar().keyword();
    }
    if (shape instanceof JsonShape.EnumType enumType) {
      return types.name(enumType.type());
    }
    if (shape instanceof JsonShape.RecordType record) {
      return types.name(record.type());
    }
    if (shape instanceof JsonShape.SealedType union) {
      return types.name(union.type());
    }
    if (shape instanceof JsonShape.ListOf list) {
      return "list " + type(list.element());
    }
    if (shape instanceof JsonShape.SetOf set) {
      return "set " + type(set.element());
    }
    if (shape instanceof JsonShape.MapOf map) {
      return "map " + type(map.value());
    }
    throw new IllegalStateException("no codec type for " + shape);
  }
}
