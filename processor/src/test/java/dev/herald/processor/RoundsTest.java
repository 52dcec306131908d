package dev.herald.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.herald.processor.diagnostics.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** How Herald behaves across annotation processing rounds and beside other processors. */
class RoundsTest {

  @Test
  void waitsForATypeAnotherProcessorGeneratesInTheSameBuild() throws IOException {
    Compilation compilation =
        Sources.compile(
            List.of(Sources.source("good/deferred/DeferredHandler.java")),
            List.of(),
            new SourceInRound(
                1,
                "deferred.GeneratedPlaced",
                "package deferred;\n"
                    + "@dev.herald.DomainEvent\n"
                    + "public record GeneratedPlaced(String id) {}\n"));

    assertThat(compilation).succeededWithoutWarnings();
    String table =
        compilation
            .generatedSourceFile("deferred.DeferredHandlerTable")
            .orElseThrow()
            .getCharContent(false)
            .toString();
    assertTrue(table.contains("\"deferred.DeferredHandler#on(GeneratedPlaced)\""), table);
  }

  @Test
  void reportsAnEventThatAppearsAfterTheTableWasWritten() {
    // Herald writes in round 1; the other processor adds an event in round 2, which Herald sees in
    // round 3.
    Compilation compilation =
        Sources.compile(
            Sources.sources(List.of("bad/OrderPlaced.java", "bad/OrderPlacedHandler.java")),
            List.of(),
            new SourceInRound(
                2,
                "bad.LateEvent",
                "package bad;\n@dev.herald.DomainEvent\npublic record LateEvent(String id) {}\n"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(Diagnostic.LATE_ELEMENT.format("LateEvent", 3));
    javax.tools.Diagnostic<? extends JavaFileObject> error = compilation.errors().get(0);
    assertTrue(
        error.getSource().toUri().getPath().endsWith("/bad/LateEvent.java"),
        error.getSource().toUri().toString());
    assertEquals(
        3, error.getLineNumber(), "the line of the record declaration in the generated file");
  }

  @Test
  void neverClaimsAnnotationsOtherProcessorsMayWant() {
    Witness witness = new Witness();

    Compilation compilation =
        Sources.compile(
            Sources.sources(List.of("bad/OrderPlaced.java", "bad/OrderPlacedHandler.java")),
            List.of(),
            witness);

    assertThat(compilation).succeeded();
    assertEquals(List.of("dev.herald.DomainEvent", "dev.herald.Handles"), witness.seen);
  }

  @Test
  void generatesNothingForACompilationWithoutEventsOrHandlers() {
    Compilation compilation =
        Sources.compile(
            List.of(
                JavaFileObjects.forSourceString("plain.Plain", "package plain; class Plain {}")),
            List.of());

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of(), compilation.generatedSourceFiles());
  }

  @Test
  void supportsItsOptionsUnderOnePrefix() {
    assertEquals(
        Set.of(
            "herald.package",
            "herald.name",
            "herald.catalog",
            "herald.dagger",
            "herald.ids",
            "herald.ids.update"),
        new HeraldProcessor().getSupportedOptions());
  }

  /** Writes one source file in the given round, like a processor whose output Herald depends on. */
  private static final class SourceInRound extends AbstractProcessor {

    private final int round;
    private final String typeName;
    private final String source;
    private int current;

    SourceInRound(int round, String typeName, String source) {
      this.round = round;
      this.typeName = typeName;
      this.source = source;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
      if (++current == round) {
        try (Writer writer = processingEnv.getFiler().createSourceFile(typeName).openWriter()) {
          writer.write(source);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  /** Records the annotations it is offered in the first round, after Herald had its turn. */
  private static final class Witness extends AbstractProcessor {

    private final List<String> seen = new ArrayList<>();
    private boolean first = true;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("dev.herald.DomainEvent", "dev.herald.Handles");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
      if (first) {
        annotations.stream()
            .map(annotation -> annotation.getQualifiedName().toString())
            .sorted()
            .forEach(seen::add);
        first = false;
      }
      return false;
    }
  }
}
