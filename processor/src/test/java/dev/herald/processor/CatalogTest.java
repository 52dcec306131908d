package dev.herald.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.herald.processor.naming.HeraldNames;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The event catalog of a small pizzeria: each file's content against a golden file under
 * src/test/resources/expected/catalog (rewritten with {@code -Dherald.golden.update=true}), the
 * option that turns it off, byte-identical output, and a compiler without the Tree API.
 */
class CatalogTest {

  private static final boolean UPDATE =
      Boolean.getBoolean("herald.golden.update")
          || "true".equalsIgnoreCase(System.getenv("HERALD_GOLDEN_UPDATE"));

  private static final Path EXPECTED =
      Path.of(System.getProperty("herald.golden.dir", "src/test/resources/expected"))
          .resolve("catalog");

  static final List<String> PIZZERIA =
      List.of(
          "catalog/pizzeria/OrderEvent.java",
          "catalog/pizzeria/Size.java",
          "catalog/pizzeria/Pizza.java",
          "catalog/pizzeria/OrderPlaced.java",
          "catalog/pizzeria/OrderConfirmed.java",
          "catalog/pizzeria/OrderDelivered.java",
          "catalog/pizzeria/Order.java",
          "catalog/pizzeria/kitchen/Kitchen.java",
          "catalog/pizzeria/kitchen/AuditTrail.java");

  private static final List<String> FILES = List.of("catalog.json", "asyncapi.yaml", "events.md");

  private static final String PACKAGE = "com.example.pizzeria";

  @ParameterizedTest
  @ValueSource(strings = {"catalog.json", "asyncapi.yaml", "events.md"})
  void catalogFileMatchesTheGoldenFile(String fileName) throws IOException {
    Compilation compilation = Sources.compile(Sources.sources(PIZZERIA), List.of());
    assertThat(compilation).succeededWithoutWarnings();
    String actual = catalogFile(compilation, fileName).orElseThrow();

    Path golden = EXPECTED.resolve(fileName);
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(golden, StandardCharsets.UTF_8),
        actual,
        "rewrite with -Dherald.golden.update=true if the change is intended");
  }

  @Test
  void findsTheEventsAnAggregateRaisesAndNothingElse() throws IOException {
    Compilation compilation = Sources.compile(Sources.sources(PIZZERIA), List.of());
    String catalog = catalogFile(compilation, "catalog.json").orElseThrow();

    assertTrue(catalog.contains("\"aggregatesScanned\": true"), catalog);
    String aggregates = catalog.substring(catalog.indexOf("\"aggregates\": ["));
    assertEquals(
        "\"aggregates\": [\n"
            + "    {\n"
            + "      \"class\": \"com.example.pizzeria.Order\",\n"
            + "      \"raises\": [\n"
            + "        \"com.example.pizzeria.OrderConfirmed\",\n"
            + "        \"com.example.pizzeria.OrderDelivered\",\n"
            + "        \"com.example.pizzeria.OrderPlaced\"\n"
            + "      ]\n"
            + "    }\n"
            + "  ]\n"
            + "}\n",
        aggregates);
  }

  @Test
  void theOptionTurnsTheCatalogOff() throws IOException {
    Compilation compilation =
        Sources.compile(Sources.sources(PIZZERIA), List.of("-Aherald.catalog=false"));

    assertThat(compilation).succeededWithoutWarnings();
    for (String fileName : FILES) {
      assertFalse(catalogFile(compilation, fileName).isPresent(), fileName);
    }
    assertTrue(compilation.generatedSourceFile(PACKAGE + ".PizzeriaHandlerTable").isPresent());
  }

  @Test
  void theIntegrationContractIsWrittenWithOrWithoutTheCatalog() throws IOException {
    Compilation compilation =
        Sources.compile(Sources.sources(PIZZERIA), List.of("-Aherald.catalog=false"));
    String actual = catalogFile(compilation, "integration-events.json").orElseThrow();

    Path golden = EXPECTED.resolveSibling("contract").resolve("pizzeria-integration-events.json");
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(golden, StandardCharsets.UTF_8),
        actual,
        "rewrite with -Dherald.golden.update=true if the change is intended");
  }

  @Test
  void theOptionSetToTrueKeepsTheCatalog() throws IOException {
    Compilation compilation =
        Sources.compile(Sources.sources(PIZZERIA), List.of("-Aherald.catalog=true"));

    assertThat(compilation).succeededWithoutWarnings();
    for (String fileName : FILES) {
      assertTrue(catalogFile(compilation, fileName).isPresent(), fileName);
    }
  }

  @Test
  void compilingTwiceInAnyOrderGivesTheSameBytes() throws IOException {
    List<String> reversed = new ArrayList<>(PIZZERIA);
    Collections.reverse(reversed);

    Map<String, String> first = catalogFiles(Sources.compile(Sources.sources(PIZZERIA), List.of()));
    Map<String, String> second =
        catalogFiles(Sources.compile(Sources.sources(reversed), List.of()));

    assertEquals(FILES, List.copyOf(first.keySet()));
    assertEquals(first, second);
  }

  @Test
  void withoutTheTreeApiTheCatalogListsNoAggregates() throws IOException {
    // Gradle and IDEs wrap the processing environment, which javac's Tree API then refuses.
    Compilation compilation =
        com.google.testing.compile.Compiler.javac()
            .withProcessors(new WrappedEnvironment(new HeraldProcessor()))
            .compile(Sources.sources(PIZZERIA));

    assertThat(compilation).succeededWithoutWarnings();
    String catalog = catalogFile(compilation, "catalog.json").orElseThrow();
    assertTrue(catalog.contains("\"aggregatesScanned\": false"), catalog);
    assertTrue(catalog.endsWith("\"aggregates\": []\n}\n"), catalog);
    assertTrue(catalog.contains("\"name\": \"OrderConfirmed\""), catalog);
    assertTrue(
        catalogFile(compilation, "events.md").orElseThrow().contains("no aggregates are shown"));
  }

  private static Map<String, String> catalogFiles(Compilation compilation) throws IOException {
    assertThat(compilation).succeeded();
    Map<String, String> files = new LinkedHashMap<>();
    for (String fileName : FILES) {
      files.put(fileName, catalogFile(compilation, fileName).orElseThrow());
    }
    return files;
  }

  private static Optional<String> catalogFile(Compilation compilation, String fileName)
      throws IOException {
    Optional<JavaFileObject> file =
        compilation.generatedFile(
            StandardLocation.CLASS_OUTPUT, new HeraldNames(PACKAGE, "Pizzeria").resource(fileName));
    if (file.isEmpty()) {
      return Optional.empty();
    }
    try (InputStream bytes = file.get().openInputStream()) {
      return Optional.of(new String(bytes.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** Runs a processor in a processing environment that is not javac's own, as Gradle does. */
  private static final class WrappedEnvironment implements Processor {

    private final Processor delegate;

    WrappedEnvironment(Processor delegate) {
      this.delegate = delegate;
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public void init(ProcessingEnvironment environment) {
      delegate.init(
          new ProcessingEnvironment() {
            @Override
            public Map<String, String> getOptions() {
              return environment.getOptions();
            }

            @Override
            public Messager getMessager() {
              return environment.getMessager();
            }

            @Override
            public Filer getFiler() {
              return environment.getFiler();
            }

            @Override
            public Elements getElementUtils() {
              return environment.getElementUtils();
            }

            @Override
            public Types getTypeUtils() {
              return environment.getTypeUtils();
            }

            @Override
            public SourceVersion getSourceVersion() {
              return environment.getSourceVersion();
            }

            @Override
            public java.util.Locale getLocale() {
              return environment.getLocale();
            }
          });
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }

    @Override
    public Iterable<? extends Completion> getCompletions(
        Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
      return delegate.getCompletions(element, annotation, member, userText);
    }
  }
}
