package dev.herald.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.herald.processor.diagnostics.Diagnostic;
import dev.herald.processor.validation.CompilationValidator;
import dev.herald.runtime.EventContext;
import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.generated.EventDecodingException;
import dev.herald.runtime.generated.HandlerTable;
import jakarta.inject.Provider;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compiles a generated corpus of four thousand event records and four thousand handler methods in
 * 200 classes, past the sizes that once overflowed javac's stack on the codec's else-if chain (a
 * thousand) and the table's static initializer (4,000 records in literal arrays: "code too large"),
 * and runs what it generated: the codec at both ends of its method chunks, the table for every
 * route; and checks that too many handler classes are a clear error.
 */
class LargeCompilationTest {

  private static final int EVENTS = 4_000;
  private static final int METHODS_PER_HANDLER = 20;

  private static Compilation compilation;
  private static CompiledClassLoader classes;

  @BeforeAll
  static void compileCorpus() {
    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < EVENTS; i++) {
      sources.add(event(i));
    }
    for (int h = 0; h < EVENTS / METHODS_PER_HANDLER; h++) {
      sources.add(handler(h));
    }
    compilation = Sources.compile(sources, List.of("-Xlint:all,-processing", "-Werror"));
    assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClassLoader(compilation);
  }

  @Test
  void theCodecReadsAndWritesEventsOfTheFirstAndTheLastPart() throws Exception {
    EventCodec codec = (EventCodec) newInstance("corpus.CorpusEventCodec");
    for (int i : new int[] {0, 99, 100, 500, EVENTS - 1}) {
      Object event = newInstance(eventName(i), "o-" + i, (long) i);
      String typeName = codec.typeName(event.getClass());
      assertEquals(eventName(i), typeName);
      assertTrue(codec.knows(typeName), typeName);
      String json = codec.encode(event);
      assertEquals(event, codec.decode(typeName, json), json);
    }
    assertFalse(codec.knows("corpus.Unknown"));
    assertThrows(EventDecodingException.class, () -> codec.decode("corpus.Unknown", "{}"));
    assertThrows(IllegalArgumentException.class, () -> codec.encode("not an event"));
  }

  @Test
  void theTableCallsTheHandlerOfEveryRoute() throws Exception {
    int handlers = EVENTS / METHODS_PER_HANDLER;
    Object[] providers = new Object[handlers];
    for (int h = 0; h < handlers; h++) {
      Object handler = newInstance(handlerName(h));
      providers[h] = (Provider<Object>) () -> handler;
    }
    HandlerTable table =
        (HandlerTable)
            classes
                .loadClass("corpus.CorpusHandlerTable")
                .getConstructors()[0]
                .newInstance(providers);
    assertEquals(EVENTS, table.routes().size());
    EventContext context = new EventContext(UUID.randomUUID(), "a-1", 1, Instant.EPOCH, 1);
    // Every route, so that each boundary between the parts of invoke is crossed.
    for (int i = 0; i < EVENTS; i++) {
      Object event = newInstance(eventName(i), "o-" + i, (long) i);
      int[] routes = table.routesOf(event.getClass());
      assertArrayEquals(new int[] {i}, routes, eventName(i));
      Object handled = table.invoke(routes[0], event, context).toCompletableFuture().join();
      assertEquals(handlerName(i / METHODS_PER_HANDLER) + ".on" + i + " o-" + i, handled);
    }
    assertThrows(IndexOutOfBoundsException.class, () -> table.invoke(EVENTS, "x", context));
  }

  @Test
  void moreHandlerClassesThanAConstructorTakesIsAClearError() {
    int count = CompilationValidator.MAX_HANDLER_CLASSES + 1;
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(event(0));
    for (int h = 0; h < count; h++) {
      String name = String.format("Desk%03d", h);
      sources.add(
          JavaFileObjects.forSourceString(
              "corpus." + name,
              "package corpus;\n\npublic final class "
                  + name
                  + " {\n  @dev.herald.Handles\n"
                  + "  public void on("
                  + eventName(0).substring("corpus.".length())
                  + " event) {}\n"
                  + "}\n"));
    }
    Compilation tooMany = Sources.compile(sources, List.of());
    assertThat(tooMany).hadErrorCount(1);
    assertThat(tooMany)
        .hadErrorContaining(
            Diagnostic.TOO_MANY_HANDLER_CLASSES.format(
                count, CompilationValidator.MAX_HANDLER_CLASSES))
        .inFile(sources.get(count))
        .onLineContaining("public final class");
  }

  private static JavaFileObject event(int i) {
    String simple = eventName(i).substring("corpus.".length());
    return JavaFileObjects.forSourceString(
        eventName(i),
        "package corpus;\n\n@dev.herald.DomainEvent\npublic record "
            + simple
            + "(String orderId, long amount) {}\n");
  }

  /** Handler {@code h} handles events {@code h * 10} to {@code h * 10 + 9}, one method each. */
  private static JavaFileObject handler(int h) {
    String simple = handlerName(h).substring("corpus.".length());
    StringBuilder source =
        new StringBuilder("package corpus;\n\nimport java.util.concurrent.CompletableFuture;\n")
            .append("import java.util.concurrent.CompletionStage;\n\npublic final class ")
            .append(simple)
            .append(" {\n");
    for (int i = h * METHODS_PER_HANDLER; i < (h + 1) * METHODS_PER_HANDLER; i++) {
      source
          .append("  @dev.herald.Handles\n  public CompletionStage<String> on")
          .append(i)
          .append('(')
          .append(eventName(i).substring("corpus.".length()))
          .append(" event) {\n    return CompletableFuture.completedFuture(\"")
          .append(handlerName(h))
          .append(".on")
          .append(i)
          .append(" \" + event.orderId());\n  }\n");
    }
    return JavaFileObjects.forSourceString(handlerName(h), source.append("}\n").toString());
  }

  private static String eventName(int i) {
    return String.format("corpus.Order%04dPlaced", i);
  }

  private static String handlerName(int h) {
    return String.format("corpus.Station%03d", h);
  }

  private static Object newInstance(String className, Object... arguments) throws Exception {
    return classes.loadClass(className).getConstructors()[0].newInstance(arguments);
  }
}
