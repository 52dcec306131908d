package dev.herald.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.herald.processor.diagnostics.Diagnostic;
import dev.herald.processor.diagnostics.Reporter;
import dev.herald.processor.model.EventModel;
import dev.herald.processor.reading.AnnotatedTypes;
import dev.herald.processor.reading.CompilationTypes;
import dev.herald.processor.reading.StableIds;
import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.generated.HandlerRoute;
import dev.herald.runtime.generated.HandlerTable;
import jakarta.inject.Provider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Handles(id)} and {@code @DomainEvent(name)}: the names durable stores keep, chosen by the
 * user or derived from the code, checked for what a store can hold and for clashes.
 */
class StableIdTest {

  private static final JavaFileObject BORROWED =
      JavaFileObjects.forSourceLines(
          "ids.BookBorrowed",
          "package ids;",
          "",
          "@dev.herald.DomainEvent(name = \"library.BookBorrowed\")",
          "public record BookBorrowed(String isbn) {}");

  private static final JavaFileObject RETURNED =
      JavaFileObjects.forSourceLines(
          "ids.BookReturned",
          "package ids;",
          "",
          "@dev.herald.DomainEvent",
          "public record BookReturned(String isbn) {}");

  private static final JavaFileObject LOST =
      JavaFileObjects.forSourceLines(
          "ids.BookLost",
          "package ids;",
          "",
          "@dev.herald.IntegrationEvent(type = \"org.library.book.lost\", source = \"library\")",
          "public record BookLost(String isbn) {}");

  @Test
  void aRouteIsKeyedByItsExplicitIdOrByDefaultByHandlerMethodAndEvent() throws Exception {
    Compilation compilation =
        compile(
            RETURNED,
            handler(
                "Library",
                "@Handles(id = \"library.on-borrowed\") public void onBorrowed(BookBorrowed e) {}",
                "@Handles public void onReturned(BookReturned e) {}"));

    assertThat(compilation).succeededWithoutWarnings();
    CompiledClassLoader classes = new CompiledClassLoader(compilation);
    Object library = classes.loadClass("ids.Library").getConstructor().newInstance();
    HandlerTable table =
        (HandlerTable)
            classes
                .loadClass("ids.IdsHandlerTable")
                .getConstructors()[0]
                .newInstance((Provider<Object>) () -> library);
    assertEquals(
        List.of("library.on-borrowed", "ids.Library#onReturned(BookReturned)"),
        table.routes().stream().map(HandlerRoute::id).toList());
  }

  @Test
  void anEventIsStoredUnderItsNameItsCanonicalNameOrItsCloudEventsType() {
    ModelProbe probe = new ModelProbe();
    Compilation compilation =
        Compiler.javac()
            .withProcessors(probe)
            .compile(
                BORROWED,
                RETURNED,
                LOST,
                handler(
                    "Library",
                    "@Handles public void on(BookBorrowed e) {}",
                    "@Handles public void on(BookReturned e) {}",
                    "@Handles public void on(BookLost e) {}"));

    assertThat(compilation).succeeded();
    assertEquals(
        Map.of(
            "BookBorrowed", "library.BookBorrowed",
            "BookLost", "org.library.book.lost.v1",
            "BookReturned", "ids.BookReturned"),
        probe.storedNames);
  }

  @Test
  void theCodecStoresADomainEventUnderItsName() throws Exception {
    Compilation compilation =
        compile(handler("Library", "@Handles public void on(BookBorrowed e) {}"));

    assertThat(compilation).succeededWithoutWarnings();
    CompiledClassLoader classes = new CompiledClassLoader(compilation);
    EventCodec codec =
        (EventCodec) classes.loadClass("ids.IdsEventCodec").getConstructor().newInstance();
    Class<?> borrowed = classes.loadClass("ids.BookBorrowed");
    assertEquals("library.BookBorrowed", codec.typeName(borrowed));
    Object event = borrowed.getConstructors()[0].newInstance("978-0");
    assertEquals(event, codec.decode("library.BookBorrowed", codec.encode(event)));
  }

  @Test
  void anExplicitIdResolvesTwoMethodsOfOneDefaultId() {
    Compilation compilation =
        compile(
            handler(
                "Library",
                "@Handles(phase = dev.herald.Phase.IMMEDIATE) public void on(BookBorrowed e) {}",
                "@Handles(id = \"library.borrowed.later\")",
                "public void on(BookBorrowed e, dev.herald.runtime.EventContext c) {}"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aMalformedRouteIdIsAnErrorOnTheAttribute() {
    String tooLong = "x".repeat(StableIds.MAX_ROUTE_ID_LENGTH + 1);
    for (String id : List.of(" ", "library borrowed", "library.borrowed!", tooLong)) {
      JavaFileObject library =
          handler("Library", "@Handles(id = \"" + id + "\")", "public void on(BookBorrowed e) {}");

      Compilation compilation = compile(library);

      assertThat(compilation).failed();
      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation)
          .hadErrorContaining(
              Diagnostic.MALFORMED_ROUTE_ID.format(
                  id, "Library.on(BookBorrowed)", StableIds.MAX_ROUTE_ID_LENGTH))
          .inFile(library)
          .onLineContaining("@Handles(id = ");
    }
  }

  @Test
  void twoRoutesOfOneIdAreAnError() {
    JavaFileObject library =
        handler("Library", "@Handles(id = \"borrowed\") public void on(BookBorrowed e) {}");
    JavaFileObject shelf =
        handler("Shelf", "@Handles(id = \"borrowed\") public void onBorrowed(BookBorrowed e) {}");

    Compilation compilation = compile(library, shelf);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Diagnostic.DUPLICATE_ROUTE_ID.format(
                "Shelf.onBorrowed(BookBorrowed)", "borrowed", "Library.on(BookBorrowed)"))
        .inFile(shelf)
        .onLineContaining("@Handles(id = ");
  }

  @Test
  void anExplicitIdMayNotTakeTheDefaultIdOfAnotherRoute() {
    JavaFileObject library = handler("Library", "@Handles public void on(BookBorrowed e) {}");
    JavaFileObject shelf =
        handler(
            "Shelf",
            "@Handles(id = \"ids.Library#on(BookBorrowed)\")",
            "public void onBorrowed(BookBorrowed e) {}");

    Compilation compilation = compile(library, shelf);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Diagnostic.DUPLICATE_ROUTE_ID.format(
                "Shelf.onBorrowed(BookBorrowed)",
                "ids.Library#on(BookBorrowed)",
                "Library.on(BookBorrowed)"))
        .inFile(shelf)
        .onLineContaining("@Handles(id = ");
  }

  @Test
  void aMalformedEventNameIsAnErrorOnTheAttribute() {
    String tooLong = "x".repeat(StableIds.MAX_EVENT_NAME_LENGTH + 1);
    for (String name : List.of(" ", "book borrowed", "book#borrowed", tooLong)) {
      JavaFileObject event =
          JavaFileObjects.forSourceLines(
              "ids.BookBorrowed",
              "package ids;",
              "",
              "@dev.herald.DomainEvent(name = \"" + name + "\")",
              "public record BookBorrowed(String isbn) {}");

      Compilation compilation =
          Sources.compile(
              List.of(event, handler("Library", "@Handles public void on(BookBorrowed e) {}")),
              List.of());

      assertThat(compilation).failed();
      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation)
          .hadErrorContaining(
              Diagnostic.MALFORMED_EVENT_NAME.format(
                  name, "BookBorrowed", StableIds.MAX_EVENT_NAME_LENGTH))
          .inFile(event)
          .onLineContaining("@dev.herald.DomainEvent(name = ");
    }
  }

  @Test
  void twoEventsOfOneStoredNameAreAnError() {
    JavaFileObject returned =
        JavaFileObjects.forSourceLines(
            "ids.BookReturned",
            "package ids;",
            "",
            "@dev.herald.DomainEvent(name = \"org.library.book.lost.v1\")",
            "public record BookReturned(String isbn) {}");

    Compilation compilation =
        compile(
            LOST,
            returned,
            handler(
                "Library",
                "@Handles public void on(BookLost e) {}",
                "@Handles public void on(BookReturned e) {}"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Diagnostic.DUPLICATE_EVENT_NAME.format(
                "BookReturned", "org.library.book.lost.v1", "BookLost"))
        .inFile(returned)
        .onLineContaining("@dev.herald.DomainEvent(name = ");
  }

  /** Compiles the given sources with the event BookBorrowed. */
  private static Compilation compile(JavaFileObject... sources) {
    List<JavaFileObject> all = new ArrayList<>(List.of(BORROWED));
    all.addAll(List.of(sources));
    return Sources.compile(all, List.of());
  }

  /** A handler class in package ids, with a public no-argument constructor. */
  static JavaFileObject handler(String name, String... members) {
    List<String> lines = new ArrayList<>();
    lines.add("package ids;");
    lines.add("");
    lines.add("import dev.herald.Handles;");
    lines.add("");
    lines.add("public final class " + name + " {");
    lines.addAll(List.of(members));
    lines.add("}");
    return JavaFileObjects.forSourceLines("ids." + name, lines);
  }

  /** Builds the model as the processor does, and keeps each event's stored name. */
  private static final class ModelProbe extends AbstractProcessor {

    private final AnnotatedTypes annotatedTypes = new AnnotatedTypes();
    private final Map<String, String> storedNames = new LinkedHashMap<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("dev.herald.*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      annotatedTypes.add(AnnotatedTypes.find(round, processingEnv.getElementUtils()));
      if (round.processingOver()) {
        GenerationStep step =
            new GenerationStep(processingEnv, new Reporter(processingEnv.getMessager()), List.of());
        CompilationTypes types = annotatedTypes.types(processingEnv.getElementUtils());
        for (EventModel event : step.model(step.validate(types), types).orElseThrow().events()) {
          storedNames.put(event.type().simpleName(), event.typeName());
        }
      }
      return false;
    }
  }
}
