package dev.herald.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.herald.Phase;
import dev.herald.runtime.EventContext;
import dev.herald.runtime.generated.HandlerRoute;
import dev.herald.runtime.generated.HandlerTable;
import jakarta.inject.Provider;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Compiles the example domain in memory, loads the generated table, and checks which handlers get
 * which events in which order: direct handlers, handlers of a sealed interface, and handlers of an
 * open interface, also for a record the table was not compiled with.
 */
class HandlerTableFunctionalTest {

  private static Compilation compilation;
  private static CompiledClassLoader classes;

  private final List<String> journal = new ArrayList<>();
  private final AtomicInteger handlerLookups = new AtomicInteger();
  private HandlerTable table;

  @BeforeAll
  static void compileTheDomain() {
    compilation = Sources.compile(Sources.sources(Sources.ORDERS), List.of());
    assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClassLoader(compilation);
  }

  @BeforeEach
  void createTheTable() throws Exception {
    Consumer<String> sink = journal::add;
    Object auditLog = newInstance("com.example.orders.audit.AuditLog", sink);
    Object billing = newInstance("com.example.orders.billing.Billing", sink);
    Object kitchen = newInstance("com.example.orders.kitchen.Kitchen", sink);
    // Handler classes in name order: AuditLog, Billing, Kitchen.
    table =
        (HandlerTable)
            newInstance(
                "com.example.orders.OrdersHandlerTable",
                counting(auditLog),
                counting(billing),
                counting(kitchen));
  }

  @Test
  void routesAreOrderedByHandlerClassNameThenDeclaration() {
    List<String> ids = table.routes().stream().map(HandlerRoute::id).toList();
    assertEquals(
        List.of(
            "com.example.orders.audit.AuditLog#record(Auditable)",
            "com.example.orders.audit.AuditLog#count(OrderEvent)",
            "com.example.orders.billing.Billing#charge(OrderConfirmed)",
            "com.example.orders.kitchen.Kitchen#reserveOven(OrderConfirmed)",
            "com.example.orders.kitchen.Kitchen#startBaking(OrderConfirmed)",
            "com.example.orders.kitchen.Kitchen#stopBaking(OrderCancelled)"),
        ids);
    List<Phase> phases = table.routes().stream().map(HandlerRoute::phase).toList();
    assertEquals(
        List.of(
            Phase.AFTER_COMMIT,
            Phase.AFTER_COMMIT,
            Phase.AFTER_COMMIT,
            Phase.IMMEDIATE,
            Phase.AFTER_COMMIT,
            Phase.AFTER_COMMIT),
        phases);
    HandlerRoute count = table.routes().get(1);
    assertEquals("OrderEvent", count.eventType().getSimpleName());
    assertEquals("AuditLog", count.handlerType().getSimpleName());
    assertEquals("count", count.methodName());
  }

  @Test
  void anEventReachesItsOwnAndItsInterfacesHandlersInOrder() throws Exception {
    List<CompletionStage<?>> stages =
        dispatch(newInstance("com.example.orders.OrderConfirmed", "o-1", 2350L), 2);

    assertEquals(
        List.of(
            "audit.record OrderConfirmed",
            "audit.count o-1",
            "billing.charge o-1",
            "kitchen.reserveOven o-1",
            "kitchen.startBaking o-1 attempt 2"),
        journal);
    assertSame(
        HandlerTable.COMPLETED, stages.get(0), "a void handler completes with the shared stage");
    assertEquals(
        "charged 2350",
        stages.get(2).toCompletableFuture().join(),
        "a handler's own stage is returned");
  }

  @Test
  void eachEventTypeGetsOnlyItsHandlers() throws Exception {
    dispatch(newInstance("com.example.orders.OrderPlaced", "o-2"), 1);
    dispatch(newInstance("com.example.orders.OrderCancelled", "o-2", "no oven"), 1);

    assertEquals(
        List.of(
            "audit.record OrderPlaced",
            "audit.count o-2",
            "audit.record OrderCancelled",
            "audit.count o-2",
            "kitchen.stopBaking o-2"),
        journal);
  }

  @Test
  void aRecordUnknownAtCompileTimeReachesTheHandlersOfItsInterfaces() throws Exception {
    Object imported = newInstance("com.example.orders.imports.OrderImported", "o-3");

    assertFalse(table.knows(imported.getClass()));
    dispatch(imported, 1);

    assertEquals(List.of("audit.record OrderImported"), journal);
  }

  @Test
  void knowsTheRecordsOfItsCompilationOnly() throws Exception {
    for (String record : List.of("OrderPlaced", "OrderConfirmed", "OrderCancelled")) {
      assertTrue(table.knows(classes.loadClass("com.example.orders." + record)), record);
    }
    assertFalse(table.knows(String.class));
    assertArrayEquals(new int[0], table.routesOf(String.class));
  }

  @Test
  void routesOfAKnownRecordIsOneSharedArrayAllocatedOnce() throws Exception {
    Class<?> placed = classes.loadClass("com.example.orders.OrderPlaced");
    int[] routes = table.routesOf(placed);
    assertArrayEquals(new int[] {0, 1}, routes);

    assertSame(routes, table.routesOf(placed), "a constant, not a new array per call");
  }

  @Test
  void aClassNamedLikeAKnownRecordButLoadedElsewhereIsNotTakenForIt() throws Exception {
    Class<?> lookalike =
        new CompiledClassLoader(compilation).loadClass("com.example.orders.OrderPlaced");
    assertNotSame(lookalike, classes.loadClass("com.example.orders.OrderPlaced"));
    assertFalse(table.knows(lookalike));
  }

  @Test
  void handlersAreAskedForOnlyWhenAnEventReachesThem() throws Exception {
    assertEquals(0, handlerLookups.get(), "creating the table creates no handler");

    dispatch(newInstance("com.example.orders.OrderPlaced", "o-4"), 1);

    assertEquals(2, handlerLookups.get());
  }

  @Test
  void anUnknownRouteIndexIsRejected() {
    Object event = new Object();
    EventContext context = context(1);
    assertThrows(IndexOutOfBoundsException.class, () -> table.invoke(6, event, context));
    assertThrows(IndexOutOfBoundsException.class, () -> table.invoke(-1, event, context));
  }

  private List<CompletionStage<?>> dispatch(Object event, int attempt) throws Exception {
    List<CompletionStage<?>> stages = new ArrayList<>();
    for (int route : table.routesOf(event.getClass())) {
      stages.add(table.invoke(route, event, context(attempt)));
    }
    return stages;
  }

  private Provider<Object> counting(Object handler) {
    return () -> {
      handlerLookups.incrementAndGet();
      return handler;
    };
  }

  private static EventContext context(int attempt) {
    return new EventContext(UUID.randomUUID(), "aggregate-1", 1, Instant.EPOCH, attempt);
  }

  /**
   * Creates an instance of a compiled class through its only public constructor (records and
   * handlers have one).
   */
  private static Object newInstance(String className, Object... arguments) throws Exception {
    return classes.loadClass(className).getConstructors()[0].newInstance(arguments);
  }
}
