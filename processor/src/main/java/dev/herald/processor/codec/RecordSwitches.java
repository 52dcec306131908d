package dev.herald.processor.codec;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.herald.processor.model.JsonComponent;
import dev.herald.processor.model.JsonRecord;
import java.util.ArrayList;
import java.util.List;
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

  RecordSwitches(CodecTypes types) {
    this.records = types.records();
  }

  /** Adds both overrides and, for a large codec, their parts. */
  void addTo(TypeSpec.Builder type) {
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
    MethodSpec.Builder override =
        method.apply(name).addAnnotation(Override.class).addModifiers(Modifier.PROTECTED);
    List<List<Integer>> chunks = Chunks.of(indexes);
    if (chunks.size() <= 1) {
      type.addMethod(cases(override, indexes, block, caseOf).build());
      return;
    }
    override.beginControlFlow("switch (record / $L)", Chunks.SIZE);
    for (int i = 0; i < chunks.size(); i++) {
      override
          .addCode("case $L:\n", i)
          .addStatement("$>return $N$L(record, $N)$<", name, i, argument);
    }
    type.addMethod(
        override
            .addCode("default:\n")
            .addStatement("$>throw unknown(record)$<")
            .endControlFlow()
            .build());
    for (int i = 0; i < chunks.size(); i++) {
      MethodSpec.Builder part =
          method.apply(name + i).addModifiers(Modifier.PRIVATE, Modifier.STATIC);
      type.addMethod(cases(part, chunks.get(i), block, caseOf).build());
    }
  }

  /** One case per record; a {@code block} case has braces, for the local it declares. */
  private static MethodSpec.Builder cases(
      MethodSpec.Builder method,
      List<Integer> indexes,
      boolean block,
      Function<Integer, CodeBlock> caseOf) {
    method.beginControlFlow("switch (record)");
    for (int index : indexes) {
      method
          .addCode(block ? "case $L: {\n$>" : "case $L:\n$>", index)
          .addCode(caseOf.apply(index))
          .addCode(block ? "$<}\n" : "$<");
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
