package dev.herald.test;

import static dev.herald.test.Failures.failsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.Phase;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.EventContext;
import dev.herald.runtime.UnitOfWork;
import dev.herald.runtime.spi.EventEnvelope;
import dev.herald.test.PizzeriaEvents.OrderConfirmed;
import dev.herald.test.PizzeriaEvents.OrderPlaced;
import dev.herald.test.PizzeriaEvents.PizzaAdded;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EventRecorderTest {

  private final PizzeriaHandlerTable table = new PizzeriaHandlerTable();
  private final EventRecorder recorder = new EventRecorder();

  private EventBus synchronousBus() {
    return recorder.registerWith(EventBus.builder(List.of(table)).synchronousDelivery()).build();
  }

  private static Order confirmedOrder(String id) {
    Order order = Order.place(id, "Mario");
    order.addPizza("Margherita");
    order.confirm();
    return order;
  }

  private static void commit(EventBus bus, Order order) {
    try (UnitOfWork unitOfWork = bus.unitOfWork()) {
      unitOfWork.register(order);
      unitOfWork.commit();
    }
  }

  @Test
  void recordsCommittedEventsInRaiseOrderWithTheirMetadata() {
    try (EventBus bus = synchronousBus()) {
      commit(bus, confirmedOrder("o-1"));

      assertEquals(
          List.of(
              new OrderPlaced("o-1", "Mario"),
              new PizzaAdded("o-1", "Margherita"),
              new OrderConfirmed("o-1", List.of("Margherita"))),
          recorder.events());
      assertEquals(
          List.of(new PizzaAdded("o-1", "Margherita")), recorder.recorded(PizzaAdded.class));
      EventEnvelope confirmed = recorder.envelopes().get(2);
      assertEquals("o-1", confirmed.aggregateId());
      assertEquals(3, confirmed.sequence());
      assertNull(confirmed.aggregateType(), "a subscriber does not see the aggregate type");
    }
  }

  @Test
  void recordsNothingOfARolledBackOrVetoedUnitOfWork() {
    try (EventBus bus = synchronousBus()) {
      try (UnitOfWork unitOfWork = bus.unitOfWork()) {
        unitOfWork.register(confirmedOrder("o-1"));
        unitOfWork.rollback();
      }
      table.inventory.outOfStock = true;
      assertThrows(IllegalStateException.class, () -> commit(bus, confirmedOrder("o-2")));

      assertEquals(List.of(), recorder.events());
    }
  }

  @Test
  void recordsOnlyItsTypeWhenGivenOne() {
    EventRecorder confirmations =
        new EventRecorder("confirmations", OrderConfirmed.class, Phase.AFTER_COMMIT);
    try (EventBus bus =
        confirmations
            .registerWith(EventBus.builder(List.of(table)).synchronousDelivery())
            .build()) {
      commit(bus, confirmedOrder("o-1"));

      assertEquals(
          List.of(new OrderConfirmed("o-1", List.of("Margherita"))), confirmations.events());
      assertEquals("confirmations", confirmations.id());
    }
  }

  @Test
  void awaitEventsWaitsForDeliveryOnOtherThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (EventBus bus =
        recorder.registerWith(EventBus.builder(List.of(table)).executor(pool)).build()) {
      for (int i = 0; i < 20; i++) {
        commit(bus, confirmedOrder("o-" + i));
      }

      List<OrderConfirmed> confirmed =
          recorder.awaitEvents(OrderConfirmed.class, 20, Duration.ofSeconds(10));

      HashSet<String> ids = new HashSet<>();
      confirmed.forEach(event -> ids.add(event.orderId()));
      assertEquals(20, ids.size());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void awaitEventsFailsListingWhatArrived() {
    try (EventBus bus = synchronousBus()) {
      commit(bus, Order.place("o-1", "Mario"));

      failsWith(
          () -> recorder.awaitEvents(OrderConfirmed.class, 1, Duration.ofMillis(50)),
          "Expected 1 OrderConfirmed event within PT0.05S, but 0 arrived. Recorded events:\n"
              + "    1. OrderPlaced[orderId=o-1, customer=Mario]");
    }
  }

  @Test
  void rejectsACountBelowOne() {
    IllegalArgumentException failure =
        assertThrows(
            IllegalArgumentException.class,
            () -> recorder.awaitEvents(OrderPlaced.class, 0, Duration.ofSeconds(1)));
    assertTrue(failure.getMessage().contains("count must be 1 or more, was 0"));
  }

  @Test
  void keepsEveryEventRecordedFromSeveralThreads() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        String orderId = "o-" + t;
        done.add(
            threads.submit(
                () -> {
                  for (int n = 1; n <= 1_000; n++) {
                    recorder.onEvent(
                        new OrderPlaced(orderId, "c" + n),
                        new EventContext(UUID.randomUUID(), orderId, n, Instant.EPOCH, 1));
                  }
                }));
      }
      for (Future<?> future : done) {
        future.get(10, TimeUnit.SECONDS);
      }

      assertEquals(4_000, recorder.size());
      assertEquals(4_000, recorder.recorded(OrderPlaced.class).size());
      recorder.clear();
      assertEquals(0, recorder.size());
    } finally {
      threads.shutdownNow();
    }
  }
}
