package dev.herald.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dagger.internal.codegen.ComponentProcessor;
import dev.herald.processor.diagnostics.Diagnostic;
import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.generated.HandlerTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Herald beside Dagger's processor in one compilation, as in a user's build. */
class DaggerTest {

  @Test
  void daggerBuildsAComponentFromTheGeneratedModule() throws Exception {
    List<String> resources = new ArrayList<>(Sources.ORDERS);
    resources.add("good/dagger/OrdersComponent.java");

    Compilation compilation =
        Sources.compile(Sources.sources(resources), List.of(), new ComponentProcessor());

    assertThat(compilation).succeededWithoutWarnings();
    // Run the component Dagger generated: its set holds the table, whose handlers Dagger creates.
    CompiledClassLoader classes = new CompiledClassLoader(compilation);
    Object factory =
        classes
            .loadClass("com.example.orders.DaggerOrdersComponent")
            .getMethod("factory")
            .invoke(null);
    List<String> journal = new ArrayList<>();
    Object component =
        classes
            .loadClass("com.example.orders.OrdersComponent$Factory")
            .getMethod("create", Consumer.class)
            .invoke(factory, (Consumer<String>) journal::add);
    @SuppressWarnings("unchecked")
    Set<HandlerTable> tables =
        (Set<HandlerTable>)
            classes
                .loadClass("com.example.orders.OrdersComponent")
                .getMethod("handlerTables")
                .invoke(component);
    HandlerTable table = tables.iterator().next();
    Object placed =
        classes.loadClass("com.example.orders.OrderPlaced").getConstructors()[0].newInstance("o-1");
    for (int route : table.routesOf(placed.getClass())) {
      table.invoke(route, placed, null);
    }
    assertEquals(1, tables.size());
    assertEquals(List.of("audit.record OrderPlaced", "audit.count o-1"), journal);

    // The same module contributes the compilation's codec, which round-trips the event.
    @SuppressWarnings("unchecked")
    Set<EventCodec> codecs =
        (Set<EventCodec>)
            classes
                .loadClass("com.example.orders.OrdersComponent")
                .getMethod("eventCodecs")
                .invoke(component);
    assertEquals(1, codecs.size());
    EventCodec codec = codecs.iterator().next();
    String typeName = codec.typeName(placed.getClass());
    assertEquals("com.example.orders.OrderPlaced", typeName);
    assertEquals(placed, codec.decode(typeName, codec.encode(placed)));
  }

  @Test
  void aMistakeInOneHandlerCausesNoFollowUpErrorsInTheComponent() {
    List<JavaFileObject> sources =
        Sources.sources(
            List.of(
                "bad/PrivateMethodHandler.java",
                "bad/dagger/BadComponent.java",
                "bad/OrderPlaced.java",
                "bad/OrderPlacedHandler.java"));

    Compilation compilation = Sources.compile(sources, List.of(), new ComponentProcessor());

    assertThat(compilation).failed();
    // Only Herald's error: the module exists (without the bad handler), so Dagger is content.
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Diagnostic.HANDLER_METHOD_PRIVATE.format("PrivateMethodHandler.on(OrderPlaced)"))
        .inFile(sources.get(0))
        .onLineContaining("private void on(");
  }
}
