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
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@code schema()} method of a codec: one declaration per record, enum, sealed interface
 * and event, in the notation of the runtime's {@code JsonSchema}, e.g. {@code schema.record("Item",
 * Item.class, "name string", "size Size", "quantity int");}. Declarations are data, so a codec
 * grows by one line per type instead of a method.
 */
final class SchemaDeclarations {

  /** The generated codecs' runtime schema. */
  static final ClassName JSON_SCHEMA = ClassName.get("dev.herald.runtime.generated", "JsonSchema");

  private final CodecTypes types;

  SchemaDeclarations(CodecTypes types) {
    this.types = types;
  }

  /** Adds {@code schema()} and, for a large codec, its parts. */
  void addTo(TypeSpec.Builder type, ClassName codec, CompilationModel model) {
    List<CodeBlock> declarations = new ArrayList<>();
    types.records().forEach(record -> declarations.add(record(record)));
    types.enums().forEach(enumType -> declarations.add(enumType(enumType)));
    types.sealedTypes().forEach(union -> declarations.add(sealed(union)));
    model.codecEvents().forEach(event -> declarations.add(event(event)));
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
    List<List<CodeBlock>> chunks = Chunks.of(declarations);
    if (chunks.size() <= 1) {
      declarations.forEach(schema::addStatement);
    } else {
      for (int i = 0; i < chunks.size(); i++) {
        String part = "schema" + i;
        schema.addStatement("$N(schema)", part);
        MethodSpec.Builder method =
            MethodSpec.methodBuilder(part)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(JSON_SCHEMA.nestedClass("Builder"), "schema");
        chunks.get(i).forEach(method::addStatement);
        type.addMethod(method.build());
      }
    }
    type.addMethod(schema.addStatement("return schema.build()").build());
  }

  private CodeBlock record(JsonRecord record) {
    CodeBlock.Builder call =
        CodeBlock.builder()
            .add("schema.record($S, $T.class", types.name(record.type()), record.type());
    for (JsonComponent component : record.components()) {
      call.add(",$W$S", component.name() + " " + componentType(component));
    }
    return call.add(")").build();
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

  private CodeBlock event(EventModel event) {
    String record = types.name(event.type());
    if (event.integration().isPresent()) {
      IntegrationContract contract = event.integration().get();
      return CodeBlock.of(
          "schema.integrationEvent($S, $L, $S, $S)",
          contract.type(),
          contract.version(),
          contract.source(),
          record);
    }
    return CodeBlock.of("schema.domainEvent($S, $S)", event.typeName(), record);
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
