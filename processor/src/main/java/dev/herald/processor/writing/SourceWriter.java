package dev.herald.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.herald.processor.model.CompilationModel;
import dev.herald.processor.naming.HeraldNames;
import java.io.IOException;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;

/**
 * Writes one generated source of a compilation, stamped like every other: {@code @Generated} naming
 * the processor (without a date, so two builds produce the same bytes), and the user's types it was
 * generated from as originating elements, for incremental builds.
 *
 * <p>A subclass names its class and adds its members; adding a generated file means adding a
 * subclass to the processor's list of writers.
 */
public abstract class SourceWriter {

  /** The value of every {@code @Generated} annotation, which {@link HeraldNames} decides. */
  public static final String GENERATOR = HeraldNames.GENERATOR;

  /** The class this writer generates. */
  public abstract ClassName className(CompilationModel model);

  /** Adds the class's javadoc, supertypes, annotations and members to the stamped builder. */
  protected abstract void addMembers(TypeSpec.Builder type, CompilationModel model);

  /** The generated source, for writing or for a test to read. */
  public final JavaFile javaFile(CompilationModel model) {
    ClassName className = className(model);
    TypeSpec.Builder type = TypeSpec.classBuilder(className).addAnnotation(generated());
    // JavaPoet does not import java.lang types, so a type of the generated package named like one
    // would take its place: spell those out in full.
    type.alwaysQualify(model.names().shadowedJavaLangNames().toArray(new String[0]));
    for (Element origin : model.originatingElements()) {
      type.addOriginatingElement(origin);
    }
    addMembers(type, model);
    return JavaFile.builder(className.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /** Writes the source through the compiler's filer. */
  public final void write(CompilationModel model, Filer filer) throws IOException {
    javaFile(model).writeTo(filer);
  }

  static AnnotationSpec generated() {
    return AnnotationSpec.builder(RuntimeTypes.GENERATED)
        .addMember("value", "$S", GENERATOR)
        .build();
  }
}
