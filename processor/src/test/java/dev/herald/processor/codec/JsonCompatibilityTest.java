package dev.herald.processor.codec;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Components the codec cannot serialize are compile errors on the component, with the reason. */
class JsonCompatibilityTest {

  private static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new CodecTestProcessor()).compile(sources);
  }

  private static JavaFileObject bad(String name) {
    return JavaFileObjects.forResource("codec/bad/shop/" + name + ".java");
  }

  @Test
  void reportsEachUnsupportedComponentOnce() {
    JavaFileObject source = bad("Unsupported");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(10);
    assertThat(compilation)
        .hadErrorContaining(
            "Component Unsupported.payload cannot be serialized to JSON: the type java.lang.Object"
                + " cannot be serialized to JSON: the codec supports records, enums")
        .inFile(source)
        .onLineContaining("Object payload");
    assertThat(compilation)
        .hadErrorContaining(
            "the raw type java.util.List cannot be serialized; give it a type argument")
        .inFile(source)
        .onLineContaining("List rawList");
    assertThat(compilation)
        .hadErrorContaining("the array type int[] is not supported")
        .inFile(source)
        .onLineContaining("int[] numbers");
    assertThat(compilation)
        .hadErrorContaining("the interface java.lang.Runnable cannot be serialized")
        .inFile(source)
        .onLineContaining("Runnable task");
    assertThat(compilation)
        .hadErrorContaining("the map key type java.lang.Integer is not supported")
        .inFile(source)
        .onLineContaining("byNumber");
    assertThat(compilation)
        .hadErrorContaining("Optional is supported only as a record component's own type")
        .inFile(source)
        .onLineContaining("maybes");
    assertThat(compilation)
        .hadErrorContaining("the type java.util.Date cannot be serialized")
        .inFile(source)
        .onLineContaining("legacyDate");
    assertThat(compilation)
        .hadErrorContaining("the wildcard ? extends java.lang.CharSequence cannot be serialized")
        .inFile(source)
        .onLineContaining("wildcard");
    assertThat(compilation)
        .hadErrorContaining(
            "Component Nested.open cannot be serialized to JSON: the interface"
                + " shop.Unsupported.Open cannot be serialized")
        .inFile(source)
        .onLineContaining("Open open");
    // Loop refers to itself twice; it is checked once and its bad component reported once.
    assertThat(compilation)
        .hadErrorContaining(
            "Component Loop.text cannot be serialized to JSON: the type"
                + " java.lang.StringBuilder")
        .inFile(source)
        .onLineContaining("StringBuilder text");
  }

  @Test
  void refusesGenericRecordsAndOpenHierarchies() {
    JavaFileObject generic = bad("Generic");
    JavaFileObject sealing = bad("Sealing");
    Compilation compilation = compile(generic, sealing);
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining(
            "shop.Generic cannot be serialized to JSON: the generic record"
                + " shop.Generic cannot be serialized")
        .inFile(generic)
        .onLineContaining("record Generic<T>");
    assertThat(compilation)
        .hadErrorContaining(
            "the sealed interface shop.Sealing.Animal permits shop.Sealing.Cat,"
                + " which is not a record without type parameters")
        .inFile(sealing)
        .onLineContaining("Animal animal");
    assertThat(compilation)
        .hadErrorContaining("the generic record shop.Sealing.Pair cannot be serialized")
        .inFile(sealing)
        .onLineContaining("Pair<String> pair");
  }

  @Test
  void refusesSealedVariantsThatShareATag() {
    JavaFileObject clash = bad("Clash");
    Compilation compilation = compile(clash);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "the sealed interface shop.Clash.Kind permits shop.Clash.A.Same and shop.Clash.B.Same,"
                + " which share the simple name the \"@type\" member uses; rename one")
        .inFile(clash)
        .onLineContaining("Kind kind");
  }

  @Test
  void refusesPrivateTypes() {
    JavaFileObject hidden = bad("Hidden");
    Compilation compilation = compile(hidden);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "shop.Hidden.Secret is private (or nested in a private type), so the"
                + " generated codec cannot use it")
        .inFile(hidden)
        .onLineContaining("Secret secret");
  }

  @Test
  void refusesTypesTheCodecPackageCannotName() {
    JavaFileObject exposed = JavaFileObjects.forResource("codec/bad/other/Exposed.java");
    JavaFileObject internal = JavaFileObjects.forResource("codec/bad/other/Internal.java");
    Compilation compilation = compile(exposed, internal);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            "other.Internal is not public (or nested in a type that is not), so"
                + " the generated codec in package shop cannot use it; make it public")
        .inFile(exposed)
        .onLineContaining("Internal internal");
    assertThat(compilation)
        .hadErrorContaining("other.Exposed.Inner is not public")
        .inFile(exposed)
        .onLineContaining("Inner inner");
  }

  @Test
  void acceptsEverySupportedType() {
    assertThat(EventCodecWriterTest.compileGood()).succeededWithoutWarnings();
  }
}
