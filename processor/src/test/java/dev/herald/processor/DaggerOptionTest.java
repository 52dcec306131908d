package dev.herald.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.herald.processor.diagnostics.Diagnostic;
import dev.herald.runtime.generated.HandlerTable;
import jakarta.inject.Provider;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The Dagger module is generated when Dagger is on the class path, and only then, unless the option
 * {@code herald.dagger} says otherwise: a project without Dagger builds, and wires the table
 * itself.
 */
class DaggerOptionTest {

  private static final String MODULE = "com.example.orders.OrdersHeraldModule";

  @Test
  void withDaggerOnTheClassPathTheModuleIsGenerated() {
    Compilation compilation = Sources.compile(Sources.sources(Sources.ORDERS), List.of());

    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(compilation.generatedSourceFile(MODULE).isPresent());
  }

  @Test
  void withoutDaggerEverythingElseIsGeneratedAndCompilesStrictly() throws Exception {
    Compilation compilation = withoutDagger(List.of("-Xlint:all,-processing", "-Werror"));

    assertThat(compilation).succeededWithoutWarnings();
    assertFalse(compilation.generatedSourceFile(MODULE).isPresent());
    assertTrue(
        compilation.generatedSourceFile("com.example.orders.OrdersHandlerTable").isPresent());
    assertTrue(compilation.generatedSourceFile("com.example.orders.OrdersEventCodec").isPresent());
    // Wired by hand, as without Dagger: one provider per handler class, in name order.
    CompiledClassLoader classes = new CompiledClassLoader(compilation);
    List<String> journal = new ArrayList<>();
    List<Object> providers = new ArrayList<>();
    for (String handler : List.of("audit.AuditLog", "billing.Billing", "kitchen.Kitchen")) {
      Object instance =
          classes
              .loadClass("com.example.orders." + handler)
              .getConstructor(Consumer.class)
              .newInstance((Consumer<String>) journal::add);
      providers.add((Provider<Object>) () -> instance);
    }
    HandlerTable table =
        (HandlerTable)
            classes
                .loadClass("com.example.orders.OrdersHandlerTable")
                .getConstructors()[0]
                .newInstance(providers.toArray());
    Object placed =
        classes.loadClass("com.example.orders.OrderPlaced").getConstructors()[0].newInstance("o-1");
    for (int route : table.routesOf(placed.getClass())) {
      table.invoke(route, placed, null);
    }
    assertEquals(List.of("audit.record OrderPlaced", "audit.count o-1"), journal);
  }

  @Test
  void theOptionTurnsTheModuleOffWithDaggerPresent() {
    Compilation compilation =
        Sources.compile(Sources.sources(Sources.ORDERS), List.of("-Aherald.dagger=false"));

    assertThat(compilation).succeededWithoutWarnings();
    assertFalse(compilation.generatedSourceFile(MODULE).isPresent());
  }

  @Test
  void theOptionTurnsTheModuleOnExplicitly() {
    Compilation compilation =
        Sources.compile(Sources.sources(Sources.ORDERS), List.of("-Aherald.dagger=true"));

    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(compilation.generatedSourceFile(MODULE).isPresent());
  }

  @Test
  void forcingTheModuleOnWithoutDaggerIsAnError() {
    Compilation compilation = withoutDagger(List.of("-Aherald.dagger=true"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(Diagnostic.DAGGER_NOT_ON_CLASS_PATH.format(MODULE));
    assertNull(compilation.errors().get(0).getSource(), "an option has no place in the source");
  }

  @Test
  void aBadValueIsAnErrorNamingTheOption() {
    Compilation compilation =
        Sources.compile(Sources.sources(Sources.ORDERS), List.of("-Aherald.dagger=yes"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(Diagnostic.INVALID_DAGGER_OPTION.format("yes"));
    assertTrue(Diagnostic.INVALID_DAGGER_OPTION.format("yes").contains("herald.dagger"));
  }

  /** Compiles the example domain on the test's class path without Dagger's jars. */
  private static Compilation withoutDagger(List<String> options) {
    List<File> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      File file = new File(entry);
      if (!file.getName().startsWith("dagger")) {
        classPath.add(file);
      }
    }
    return Compiler.javac()
        .withProcessors(new HeraldProcessor())
        .withOptions(options)
        .withClasspath(classPath)
        .compile(Sources.sources(Sources.ORDERS));
  }
}
