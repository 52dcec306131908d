package dev.herald.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.herald.processor.model.CompilationModel;
import dev.herald.processor.model.HandlerModel;
import java.util.Objects;
import java.util.StringJoiner;
import javax.lang.model.element.Modifier;

/**
 * Writes the generated table's nested {@code Builder}: the table over handler instances, for
 * applications without Dagger, with one named setter per handler class and a {@code build()} that
 * names every handler left unset.
 */
final class TableBuilderWriter {

  private TableBuilderWriter() {}

  static TypeSpec builderType(CompilationModel model, ClassName table, String name) {
    ClassName builder = table.nestedClass(name);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(builder)
            .addJavadoc(
                "Builds the table from one instance per handler class; the table calls that"
                    + " instance for\nevery event it handles. Every handler must be set.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
    for (HandlerModel handler : model.handlers()) {
      type.addField(handler.type(), handler.fieldName(), Modifier.PRIVATE);
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (HandlerModel handler : model.handlers()) {
      type.addMethod(
          MethodSpec.methodBuilder(handler.fieldName())
              .addJavadoc("Sets the {@link $T} handler.\n", handler.type())
              .addModifiers(Modifier.PUBLIC)
              .returns(builder)
              .addParameter(handler.type(), handler.fieldName())
              .addStatement(
                  "this.$N = $T.requireNonNull($N, $S)",
                  handler.fieldName(),
                  Objects.class,
                  handler.fieldName(),
                  handler.fieldName())
              .addStatement("return this")
              .build());
    }
    type.addMethod(buildMethod(model, table));
    return type.build();
  }

  private static MethodSpec buildMethod(CompilationModel model, ClassName table) {
    MethodSpec.Builder build =
        MethodSpec.methodBuilder("build")
            .addJavadoc(
                "Builds the table.\n\n@throws IllegalStateException when a handler was not set;"
                    + " it names every one\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(table)
            .addStatement("$T missing = new $T($S)", StringJoiner.class, StringJoiner.class, ", ");
    for (HandlerModel handler : model.handlers()) {
      build
          .beginControlFlow("if (this.$N == null)", handler.fieldName())
          .addStatement("missing.add($S)", handler.fieldName())
          .endControlFlow();
    }
    build
        .beginControlFlow("if (missing.length() > 0)")
        .addStatement(
            "throw new $T($S + missing)",
            IllegalStateException.class,
            "Set every handler of " + table.simpleName() + " before build(); missing: ")
        .endControlFlow();
    CodeBlock arguments =
        model.handlers().stream()
            .map(
                handler ->
                    CodeBlock.of(
                        "$T.of(this.$N)", RuntimeTypes.HANDLER_INSTANCE, handler.fieldName()))
            .collect(CodeBlock.joining(",$W"));
    return build.addStatement("return new $T($L)", table, arguments).build();
  }
}
