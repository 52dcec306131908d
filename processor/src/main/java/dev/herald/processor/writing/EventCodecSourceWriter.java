package dev.herald.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import dev.herald.processor.codec.EventCodecWriter;
import dev.herald.processor.model.CompilationModel;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Prefix>EventCodec}, the compilation's JSON codec, whose members {@link
 * EventCodecWriter} generates; this writer only stamps it like every other Herald source, so that
 * each compilation gets one codec beside its table.
 */
public final class EventCodecSourceWriter extends SourceWriter {

  @Override
  public ClassName className(CompilationModel model) {
    return model.names().eventCodec();
  }

  @Override
  protected void addMembers(TypeSpec.Builder type, CompilationModel model) {
    TypeSpec codec =
        new EventCodecWriter().write(className(model), CodecEvents.of(model)).typeSpec();
    type.addJavadoc(codec.javadoc())
        .addModifiers(codec.modifiers().toArray(new Modifier[0]))
        .addSuperinterfaces(codec.superinterfaces())
        .addFields(codec.fieldSpecs())
        .addMethods(codec.methodSpecs())
        .addTypes(codec.typeSpecs());
    for (AnnotationSpec annotation : codec.annotations()) {
      // The base class stamps @Generated on every source; the codec writer stamps its own too.
      if (!annotation.type().equals(RuntimeTypes.GENERATED)) {
        type.addAnnotation(annotation);
      }
    }
    if (!codec.staticBlock().isEmpty()) {
      type.addStaticBlock(codec.staticBlock());
    }
    if (!codec.initializerBlock().isEmpty()) {
      type.addInitializerBlock(codec.initializerBlock());
    }
  }
}
