package dev.herald.processor.codec;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.herald.processor.model.EventModel;
import dev.herald.processor.model.JsonComponent;
import dev.herald.processor.model.JsonRecord;
import dev.herald.processor.model.UpcastModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes the two switches a codec needs beyond its schema, the only code per record: {@code
 * construct}, which calls each record's canonical constructor with the values read, and {@code
 * components}, which reads each record's accessors. No reflection, no lambdas.
 */
final class RecordSwitches {

  private static final TypeName OBJECTS = ArrayTypeName.of(Object.class);

  private final List<JsonRecord> records;
  private final CodecTypes types;

  RecordSwitches(CodecTypes types) {
    this.records = types.records();
    this.types = types;
  }

  /**
   * Adds both overrides and, for a large codec, their parts; and for a codec with older event
   * versions, the {@code upcast} override that calls their upcasters.
   */
  void addTo(TypeSpec.Builder type, List<EventModel> upcasts) {
    addSwitch(
        type,
        name ->
            MethodSpec.methodBuilder(name)
                .addAnnotation(
                    AnnotationSpec.builder(SuppressWarnings.class)
                        .addMember("value", "$S", "unchecked")
                        .build())
                .returns(Object.class)
                .addParameter(int.class, "record")
                .addParameter(OBJECTS, "v"),
        "construct",
        "v",
        false,
        this::constructCase);
    addSwitch(
        type,
        name ->
            MethodSpec.methodBuilder(name)
                .returns(OBJECTS)
                .addParameter(int.class, "record")
                .addParameter(Object.class, "value"),
        "components",
        "value",
        true,
        this::componentsCase);
    Map<Integer, UpcastModel> byIndex = new TreeMap<>();
    for (EventModel older : upcasts) {
      if (types.declares(older.upcast().orElseThrow().target())) {
        byIndex.put(types.index(older.type()), older.upcast().orElseThrow());
      }
    }
    if (!byIndex.isEmpty()) {
      addSwitch(
          type,
          name ->
              MethodSpec.methodBuilder(name)
                  .returns(Object.class)
                  .addParameter(int.class, "record")
                  .addParameter(Object.class, "value"),
          "upcast",
          "value",
          false,
          new ArrayList<>(byIndex.keySet()),
          index -> upcastCase(index, byIndex.get(index)));
    }
  }

  private void addSwitch(
      TypeSpec.Builder type,
      Function<String, MethodSpec.Builder> method,
      String name,
      String argument,
      boolean block,
      Function<Integer, CodeBlock> caseOf) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      indexes.add(i);
    }
    addSwitch(type, method, name, argument, block, indexes, caseOf);
  }

  /** A switch over the given record indexes, split into parts of a hundred for a large codec. */
  private void addSwitch(
      TypeSpec.Builder type,
      Function<String, MethodSpec.Builder> method,
      String name,
      String argument,
      boolean block,
      List<Integer> indexes,
      Function<Integer, CodeBlock> caseOf) {
    MethodSpec.Builder override =
        method.apply(name).addAnnotation(Override.class).addModifiers(Modifier.PROTECTED);
    // Parts by record / SIZE, so the outer switch finds a record's part also when few records have
    // a case (the upcast switch).
    Map<Integer, List<Integer>> parts = new TreeMap<>();
    for (int index : indexes) {
      parts.computeIfAbsent(index / Chunks.SIZE, part -> new ArrayList<>()).add(index);
    }
    if (parts.size() <= 1) {
      type.addMethod(cases(override, indexes, block, caseOf).build());
      return;
    }
    override.beginControlFlow("switch (record / $L)", Chunks.SIZE);
    for (int part : parts.keySet()) {
      override
          .addCode("case $L:\n", part)
          .addStatement("$>return $N$L(record, $N)$<", name, part, argument);
    }
    type.addMethod(
        override
            .addCode("default:\n")
            .addStatement("$>throw unknown(record)$<")
            .endControlFlow()
            .build());
    parts.forEach(
        (part, members) ->
            type.addMethod(
                cases(
                        method.apply(name + part).addModifiers(Modifier.PRIVATE, Modifier.STATIC),
                        members,
                        block,
                        caseOf)
                    .build()));
  }

  /**
   * One case per record; a {@code block} case has braces, for the local it declares, any other is
   * one line, its label and its one statement.
   */
  private static MethodSpec.Builder cases(
      MethodSpec.Builder method,
      List<Integer> indexes,
      boolean block,
      Function<Integer, CodeBlock> caseOf) {
    method.beginControlFlow("switch (record)");
    for (int index : indexes) {
      method
          .addCode(block ? "case $L: {\n$>" : "case $L: ", index)
          .addCode(caseOf.apply(index))
          .addCode(block ? "$<}\n" : "");
    }
    return method.addCode("default:\n").addStatement("$>throw unknown(record)$<").endControlFlow();
  }

  private CodeBlock constructCase(int index) {
    JsonRecord record = records.get(index);
    List<CodeBlock> arguments = new ArrayList<>();
    for (int i = 0; i < record.components().size(); i++) {
      arguments.add(CodeBlock.of("($T) v[$L]", record.components().get(i).type(), i));
    }
    return CodeBlock.builder()
        .addStatement("return new $T($L)", record.type(), CodeBlock.join(arguments, ",$W"))
        .build();
  }

  private CodeBlock upcastCase(int index, UpcastModel upcast) {
    return CodeBlock.builder()
        .addStatement(
            "return $T.$N(($T) value)",
            upcast.owner(),
            upcast.methodName(),
            records.get(index).type())
        .build();
  }

  private CodeBlock componentsCase(int index) {
    JsonRecord record = records.get(index);
    List<JsonComponent> components = record.components();
    if (components.isEmpty()) {
      return CodeBlock.builder().addStatement("return new $T[0]", Object.class).build();
    }
    List<CodeBlock> values = new ArrayList<>();
    for (JsonComponent component : components) {
      values.add(CodeBlock.of("r.$N()", component.name()));
    }
    return CodeBlock.builder()
        .addStatement("$T r = ($T) value", record.type(), record.type())
        .addStatement("return new $T[] {$L}", Object.class, CodeBlock.join(values, ",$W"))
        .build();
  }
}
