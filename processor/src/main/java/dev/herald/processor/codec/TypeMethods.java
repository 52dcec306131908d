package dev.herald.processor.codec;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes the per-type methods of a codec: for each record a {@code write<Type>} that emits its
 * components through its accessors and a {@code read<Type>} that calls its canonical constructor;
 * for each enum a name switch; for each sealed interface an {@code instanceof} chain out and a
 * {@code "@type"} switch in. Nested collections become lambdas, named so none shadows a local.
 */
final class TypeMethods {

  private static final ClassName JSON_WRITER =
      ClassName.get("dev.herald.runtime.json", "JsonWriter");
  private static final ClassName JSON_VALUE = ClassName.get("dev.herald.runtime.json", "JsonValue");
  private static final ClassName JSON_OBJECT =
      ClassName.get("dev.herald.runtime.json", "JsonObject");
  private static final String TYPE_FIELD = "@type";

  private final ClassName codecName;
  private final CodecTypes types;
  private final JsonShapes shapes;

  TypeMethods(ClassName codecName, CodecTypes types, JsonShapes shapes) {
    this.codecName = codecName;
    this.types = types;
    this.shapes = shapes;
  }

  /** Adds every per-type method, records first, in name order within each kind. */
  void addTo(TypeSpec.Builder type) {
    addRecordMethods(type);
    addEnumReaders(type);
    addSealedMethods(type);
  }

  String writer(TypeElement type) {
    return "write" + types.stem(type);
  }

  String reader(TypeElement type) {
    return "read" + types.stem(type);
  }

  private void addRecordMethods(TypeSpec.Builder type) {
    for (TypeElement record : types.records()) {
      type.addMethod(recordWriter(record));
      type.addMethod(recordReader(record));
    }
  }

  private void addEnumReaders(TypeSpec.Builder type) {
    for (JsonShape.EnumType enumType : types.enums()) {
      ClassName name = ClassName.get(enumType.type());
      MethodSpec.Builder method =
          MethodSpec.methodBuilder(reader(enumType.type()))
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(name)
              .addParameter(JSON_VALUE, "json")
              .beginControlFlow("switch (json.asString())");
      for (String constant : enumType.constants()) {
        method.addCode("case $S:\n", constant).addStatement("$>return $T.$N$<", name, constant);
      }
      method
          .addCode("default:\n")
          .addStatement(
              "$>throw json.unexpected($S)$<",
              "a " + enumType.type().getSimpleName() + ": " + alternatives(enumType.constants()))
          .endControlFlow();
      type.addMethod(method.build());
    }
  }

  private void addSealedMethods(TypeSpec.Builder type) {
    for (JsonShape.SealedType sealed : types.sealedTypes()) {
      ClassName name = ClassName.get(sealed.type());
      MethodSpec.Builder writer =
          MethodSpec.methodBuilder(writer(sealed.type()))
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .addParameter(JSON_WRITER, "json")
              .addParameter(name, "value")
              .addStatement("json.checkNotNull(value)");
      // Flat ifs rather than an else-if chain: javac recurses once per else, and overflows its
      // stack.
      for (TypeElement variant : sealed.variants()) {
        writer
            .beginControlFlow("if (value instanceof $T variant)", ClassName.get(variant))
            .addStatement(
                "$N(json.typeTag($S), variant)",
                writer(variant),
                variant.getSimpleName().toString())
            .addStatement("return")
            .endControlFlow();
      }
      // Only a variant compiled after this codec gets here: sealed hierarchies are closed.
      writer.addStatement(
          "throw new $T($S + value.getClass().getName())",
          IllegalArgumentException.class,
          "unknown " + sealed.type().getSimpleName() + " variant ");
      type.addMethod(writer.build());

      List<String> tags =
          sealed.variants().stream().map(v -> v.getSimpleName().toString()).toList();
      MethodSpec.Builder reader =
          MethodSpec.methodBuilder(reader(sealed.type()))
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(name)
              .addParameter(JSON_VALUE, "json")
              .addStatement("$T object = json.asObject()", JSON_OBJECT)
              .addStatement("$T type = object.required($S)", JSON_VALUE, TYPE_FIELD)
              .beginControlFlow("switch (type.asString())");
      for (TypeElement variant : sealed.variants()) {
        reader
            .addCode("case $S:\n", variant.getSimpleName().toString())
            .addStatement("$>return $N(object)$<", reader(variant));
      }
      reader
          .addCode("default:\n")
          .addStatement(
              "$>throw type.unexpected($S)$<",
              "a " + sealed.type().getSimpleName() + " variant: " + alternatives(tags))
          .endControlFlow();
      type.addMethod(reader.build());
    }
  }

  private MethodSpec recordWriter(TypeElement record) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(writer(record))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(JSON_WRITER, "json")
            .addParameter(ClassName.get(record), "value")
            .addStatement("json.checkNotNull(value).beginObject()");
    for (JsonShapes.Component component : shapes.components(record)) {
      CodeBlock member = CodeBlock.of("json.name($S)", component.name());
      CodeBlock value = CodeBlock.of("value.$N()", component.name());
      JsonShape shape = component.shape();
      if (shape instanceof JsonShape.OptionalOf optional) {
        method.addStatement(
            "$L.optional($L, $L)", member, value, writerFunction(optional.element(), 1));
      } else if (component.nullable()) {
        method.addStatement("$L.nullable($L, $L)", member, value, writerFunction(shape, 1));
      } else if (shape instanceof JsonShape.Scalar scalar
          && scalar.scalar().hasPrimitive()
          && !component.primitive()) {
        // A null box would otherwise fail in unboxing, without naming the member.
        method.addStatement("$L.checkNotNull($L).value($L)", member, value, value);
      } else {
        method.addStatement(writeValue(shape, member, value, 1));
      }
    }
    return method.addStatement("json.endObject()").build();
  }

  private CodeBlock writeValue(JsonShape shape, CodeBlock writer, CodeBlock value, int depth) {
    if (shape instanceof JsonShape.Scalar || shape instanceof JsonShape.EnumType) {
      return CodeBlock.of("$L.value($L)", writer, value);
    }
    if (shape instanceof JsonShape.RecordType record) {
      return CodeBlock.of("$N($L, $L)", writer(record.type()), writer, value);
    }
    if (shape instanceof JsonShape.SealedType sealed) {
      return CodeBlock.of("$N($L, $L)", writer(sealed.type()), writer, value);
    }
    if (shape instanceof JsonShape.ListOf list) {
      return CodeBlock.of("$L.array($L, $L)", writer, value, writerFunction(list.element(), depth));
    }
    if (shape instanceof JsonShape.SetOf set) {
      return CodeBlock.of("$L.array($L, $L)", writer, value, writerFunction(set.element(), depth));
    }
    if (shape instanceof JsonShape.MapOf map) {
      return CodeBlock.of("$L.object($L, $L)", writer, value, writerFunction(map.value(), depth));
    }
    throw new IllegalArgumentException("no JSON writer for " + shape);
  }

  private CodeBlock writerFunction(JsonShape shape, int depth) {
    if (shape instanceof JsonShape.RecordType record) {
      return CodeBlock.of("$T::$N", codecName, writer(record.type()));
    }
    if (shape instanceof JsonShape.SealedType sealed) {
      return CodeBlock.of("$T::$N", codecName, writer(sealed.type()));
    }
    String writer = "w" + depth;
    String element = "e" + depth;
    return CodeBlock.of(
        "($N, $N) -> $L",
        writer,
        element,
        writeValue(shape, CodeBlock.of("$N", writer), CodeBlock.of("$N", element), depth + 1));
  }

  private MethodSpec recordReader(TypeElement record) {
    ClassName recordName = ClassName.get(record);
    List<JsonShapes.Component> components = shapes.components(record);
    Set<String> taken = new HashSet<>(List.of("json", "object"));
    components.forEach(c -> taken.add(c.name()));
    List<String> locals = new ArrayList<>();
    Set<String> localNames = new HashSet<>(List.of("json", "object"));
    for (JsonShapes.Component component : components) {
      String local = component.name();
      while (localNames.contains(local)) {
        local = local + "_";
      }
      localNames.add(local);
      taken.add(local);
      locals.add(local);
    }
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(reader(record))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(recordName)
            .addParameter(JSON_VALUE, "json")
            .addStatement("$T object = json.asObject()", JSON_OBJECT);
    Names names = new Names(taken);
    for (int i = 0; i < components.size(); i++) {
      JsonShapes.Component component = components.get(i);
      JsonShape shape = component.shape();
      CodeBlock read;
      if (shape instanceof JsonShape.OptionalOf optional) {
        read =
            CodeBlock.of(
                "object.optional($S, $L)",
                component.name(),
                readerFunction(optional.element(), names));
      } else if (component.nullable()) {
        read =
            CodeBlock.of("object.nullable($S, $L)", component.name(), readerFunction(shape, names));
      } else {
        read = readValue(shape, CodeBlock.of("object.required($S)", component.name()), names);
      }
      method.addStatement(
          "$T $N = $L", TypeName.get(component.element().asType()), locals.get(i), read);
    }
    String failure = names.fresh("failure");
    CodeBlock arguments =
        CodeBlock.join(locals.stream().map(l -> CodeBlock.of("$N", l)).toList(), ", ");
    return method
        .beginControlFlow("try")
        .addStatement("return new $T($L)", recordName, arguments)
        .nextControlFlow("catch ($T $N)", RuntimeException.class, failure)
        .addStatement(
            "throw object.rejected($S, $N)", String.join(".", recordName.simpleNames()), failure)
        .endControlFlow()
        .build();
  }

  private CodeBlock readValue(JsonShape shape, CodeBlock json, Names names) {
    if (shape instanceof JsonShape.Scalar scalar) {
      return CodeBlock.of("$L.$N()", json, scalar.scalar().accessor());
    }
    if (shape instanceof JsonShape.EnumType enumType) {
      return CodeBlock.of("$N($L)", reader(enumType.type()), json);
    }
    if (shape instanceof JsonShape.RecordType record) {
      return CodeBlock.of("$N($L)", reader(record.type()), json);
    }
    if (shape instanceof JsonShape.SealedType sealed) {
      return CodeBlock.of("$N($L)", reader(sealed.type()), json);
    }
    if (shape instanceof JsonShape.ListOf list) {
      return CodeBlock.of("$L.asList($L)", json, readerFunction(list.element(), names));
    }
    if (shape instanceof JsonShape.SetOf set) {
      return CodeBlock.of("$L.asSet($L)", json, readerFunction(set.element(), names));
    }
    if (shape instanceof JsonShape.MapOf map) {
      return CodeBlock.of("$L.asMap($L)", json, readerFunction(map.value(), names));
    }
    throw new IllegalArgumentException("no JSON reader for " + shape);
  }

  private CodeBlock readerFunction(JsonShape shape, Names names) {
    if (shape instanceof JsonShape.Scalar scalar) {
      return CodeBlock.of("$T::$N", JSON_VALUE, scalar.scalar().accessor());
    }
    if (shape instanceof JsonShape.EnumType enumType) {
      return CodeBlock.of("$T::$N", codecName, reader(enumType.type()));
    }
    if (shape instanceof JsonShape.RecordType record) {
      return CodeBlock.of("$T::$N", codecName, reader(record.type()));
    }
    if (shape instanceof JsonShape.SealedType sealed) {
      return CodeBlock.of("$T::$N", codecName, reader(sealed.type()));
    }
    // A lambda parameter may not shadow a local, so each nesting level takes a fresh name.
    String parameter = names.fresh("element");
    return CodeBlock.of(
        "$N -> $L", parameter, readValue(shape, CodeBlock.of("$N", parameter), names));
  }

  private static String alternatives(List<String> names) {
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

  /** Local names of one generated method, so that no lambda parameter shadows a local. */
  private static final class Names {

    private final Set<String> taken;

    Names(Set<String> taken) {
      this.taken = taken;
    }

    String fresh(String base) {
      String name = base;
      for (int i = 2; taken.contains(name); i++) {
        name = base + i;
      }
      taken.add(name);
      return name;
    }
  }
}
