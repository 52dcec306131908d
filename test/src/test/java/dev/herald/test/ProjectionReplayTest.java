package dev.herald.test;

import static dev.herald.test.Failures.failsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.Phase;
import dev.herald.runtime.EventContext;
import dev.herald.runtime.generated.HandlerRoute;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.EventEnvelope;
import dev.herald.test.PizzeriaEvents.OrderCancelled;
import dev.herald.test.PizzeriaEvents.OrderConfirmed;
import dev.herald.test.PizzeriaEvents.OrderPlaced;
import dev.herald.test.PizzeriaHandlers.Kitchen;
import dev.herald.test.PizzeriaHandlers.Mailer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** A projection rebuilt from a list of events through its table, and nothing else called. */
class ProjectionReplayTest {

  private final PizzeriaHandlerTable table = new PizzeriaHandlerTable();

  @Test
  void everyEventReachesTheProjectionsMethodsInOrderAndNoOtherHandler() {
    ProjectionReplay replay =
        ProjectionReplay.of(table, Mailer.class)
            .replay(
                new OrderPlaced("o-1", "Mario"),
                new OrderConfirmed("o-1", List.of("Margherita")),
                new OrderCancelled("o-1", "changed his mind"));

    assertEquals(
        List.of("OrderPlaced o-1", "OrderConfirmed o-1", "OrderCancelled o-1"), table.mailer.sent);
    assertTrue(table.kitchen.tickets.isEmpty(), "the kitchen is not part of the replay");
    assertTrue(table.inventory.reserved.isEmpty(), "nor the IMMEDIATE inventory");
    assertEquals(3, replay.events());
    assertEquals(3, replay.calls());
  }

  @Test
  void eventsTheProjectionDoesNotTakeAreSkipped() {
    ProjectionReplay replay =
        ProjectionReplay.of(table, Kitchen.class)
            .replay(new OrderPlaced("o-1", "Mario"), new OrderConfirmed("o-1", List.of("Funghi")));

    assertEquals(List.of("o-1"), table.kitchen.tickets);
    assertEquals(2, replay.events());
    assertEquals(1, replay.calls());
  }

  @Test
  void anEnvelopeIsDeliveredWithItsOwnContext() {
    List<EventContext> contexts = new ArrayList<>();
    HandlerTable recording = new ContextTable(contexts);
    UUID id = UUID.randomUUID();
    EventEnvelope stored =
        new EventEnvelope(id, "Order", "o-7", 4, Instant.parse("2024-05-01T12:00:00Z"), "x");

    ProjectionReplay.of(recording, String.class).replay(List.of(stored, "y"));

    assertEquals(new EventContext(id, "o-7", 4, stored.occurredAt(), 1, "Order"), contexts.get(0));
    assertEquals(2, contexts.get(1).sequence(), "a bare event is numbered by its position");
    assertEquals(null, contexts.get(1).aggregateId());
  }

  @Test
  void aFailingHandlerNamesTheEventItsPositionAndTheMethod() {
    table.mailer.failuresLeft.set(1);
    failsWith(
        () ->
            ProjectionReplay.of(table, Mailer.class)
                .replay(new OrderPlaced("o-2", "Peach"), new OrderCancelled("o-2", "late")),
        "Replaying event 1 (OrderPlaced[orderId=o-2, customer=Peach]) into Mailer.notify threw"
            + " IllegalStateException: mail server down");
  }

  @Test
  void aStageThatNeverCompletesFailsAfterTheTimeout() {
    HandlerTable hanging = new ContextTable(new ArrayList<>(), new CompletableFuture<Void>());
    failsWith(
        () ->
            ProjectionReplay.of(hanging, String.class)
                .waitingAtMost(Duration.ofMillis(50))
                .replay("z"),
        "Replaying event 1 (z) into String.record did not complete within PT0.05S");
  }

  @Test
  void aClassWithoutRoutesInTheTableIsRefused() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class, () -> ProjectionReplay.of(table, String.class));
    assertTrue(refused.getMessage().contains("has no @Handles method of java.lang.String"));
  }

  @Test
  void theUnusedProviderSaysWhyWhenCalled() {
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> ProjectionReplay.notReplayed().get());
    assertTrue(refused.getMessage().contains("not part of the projection replay"));
  }

  /** One route, of "handler class" String, taking String events with their context. */
  private static final class ContextTable implements HandlerTable {
    private final List<EventContext> contexts;
    private final CompletionStage<?> result;

    ContextTable(List<EventContext> contexts) {
      this(contexts, COMPLETED);
    }

    ContextTable(List<EventContext> contexts, CompletionStage<?> result) {
      this.contexts = contexts;
      this.result = result;
    }

    @Override
    public List<HandlerRoute> routes() {
      return List.of(
          new HandlerRoute("strings", String.class, String.class, "record", Phase.AFTER_COMMIT));
    }

    @Override
    public boolean knows(Class<?> eventType) {
      return eventType == String.class;
    }

    @Override
    public int[] routesOf(Class<?> eventType) {
      return eventType == String.class ? new int[] {0} : new int[0];
    }

    @Override
    public CompletionStage<?> invoke(int routeIndex, Object event, EventContext context) {
      contexts.add(context);
      return result;
    }
  }
}
