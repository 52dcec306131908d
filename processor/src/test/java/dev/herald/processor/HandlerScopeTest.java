package dev.herald.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.herald.processor.diagnostics.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A handler that keeps state but has no scope is a new instance per delivery, since the table asks
 * its provider on every call: a warning says so, and how to scope it.
 */
class HandlerScopeTest {

  private static final JavaFileObject TICKED =
      JavaFileObjects.forSourceLines(
          "scope.Ticked", "package scope;", "@dev.herald.DomainEvent", "public record Ticked() {}");

  @Test
  void warnsAboutANonFinalFieldInAnUnscopedHandler() {
    JavaFileObject counter = handler("Counter", "", "private int count;");

    Compilation compilation = compile(counter);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            Diagnostic.UNSCOPED_STATEFUL_HANDLER.format("Counter", "the field count"))
        .inFile(counter)
        .onLineContaining("public final class Counter");
    assertEquals(1, heraldWarnings(compilation));
  }

  @Test
  void warnsAboutFinalFieldsHoldingMutableContainersAndNamesThemAll() {
    JavaFileObject tally =
        handler(
            "Tally",
            "",
            "private final java.util.ArrayList<String> seen = new java.util.ArrayList<>();",
            "private final java.util.concurrent.atomic.AtomicLong total ="
                + " new java.util.concurrent.atomic.AtomicLong();",
            "private final long[] buckets = new long[4];",
            "private final StringBuilder log = new StringBuilder();");

    Compilation compilation = compile(tally);

    assertThat(compilation)
        .hadWarningContaining(
            Diagnostic.UNSCOPED_STATEFUL_HANDLER.format(
                "Tally", "the fields seen, total, buckets, log"));
    assertEquals(1, heraldWarnings(compilation));
  }

  @Test
  void finalInjectedDependenciesAndStaticFieldsAreNotState() {
    JavaFileObject relay =
        handler(
            "Relay",
            "",
            "private static int instances;",
            "private final java.util.List<String> sink;",
            "private final java.util.function.Consumer<String> journal;",
            "@jakarta.inject.Inject",
            "Relay(java.util.List<String> sink, java.util.function.Consumer<String> journal) {",
            "  this.sink = sink;",
            "  this.journal = journal;",
            "  instances++;",
            "}");

    assertEquals(0, heraldWarnings(compile(relay)));
  }

  @Test
  void aScopedHandlerMayKeepState() {
    JavaFileObject customScope =
        JavaFileObjects.forSourceLines(
            "scope.PerTenant",
            "package scope;",
            "@jakarta.inject.Scope",
            "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
            "public @interface PerTenant {}");
    List<JavaFileObject> handlers =
        List.of(
            handler("Jakarta", "@jakarta.inject.Singleton", "private int count;"),
            handler("Javax", "@javax.inject.Singleton", "private int count;"),
            handler("Tenant", "@PerTenant", "private int count;"));
    List<JavaFileObject> sources = new ArrayList<>(handlers);
    sources.add(customScope);

    assertEquals(0, heraldWarnings(compile(sources.toArray(new JavaFileObject[0]))));
  }

  @Test
  void suppressWarningsSilencesIt() {
    JavaFileObject counter =
        handler("Counter", "@SuppressWarnings(\"herald:HERALD-304\")", "private int count;");

    Compilation compilation = compile(counter);

    assertThat(compilation).succeededWithoutWarnings();
  }

  private static Compilation compile(JavaFileObject... handlers) {
    List<JavaFileObject> sources = new ArrayList<>(List.of(TICKED));
    sources.addAll(List.of(handlers));
    return Sources.compile(sources, List.of());
  }

  /** A handler of Ticked in package scope, with a class annotation and the given members. */
  private static JavaFileObject handler(String name, String annotation, String... members) {
    List<String> lines = new ArrayList<>();
    lines.add("package scope;");
    lines.add(annotation);
    lines.add("public final class " + name + " {");
    lines.addAll(List.of(members));
    lines.add("  @dev.herald.Handles public void on(Ticked event) {}");
    lines.add("}");
    return JavaFileObjects.forSourceLines("scope." + name, lines);
  }

  private static long heraldWarnings(Compilation compilation) {
    return compilation.warnings().stream()
        .filter(warning -> warning.getMessage(Locale.ROOT).startsWith("[HERALD-"))
        .count();
  }
}
