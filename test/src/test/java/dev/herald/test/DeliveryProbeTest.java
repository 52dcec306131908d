package dev.herald.test;

import static dev.herald.test.Failures.failsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.runtime.DeadLetter;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.RetryPolicy;
import dev.herald.runtime.UnitOfWork;
import dev.herald.test.PizzeriaEvents.OrderConfirmed;
import dev.herald.test.PizzeriaEvents.OrderPlaced;
import dev.herald.test.PizzeriaHandlers.Inventory;
import dev.herald.test.PizzeriaHandlers.Kitchen;
import dev.herald.test.PizzeriaHandlers.Mailer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeliveryProbeTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final OrderConfirmed CONFIRMED = new OrderConfirmed("o-1", List.of("Margherita"));

  private final PizzeriaHandlerTable table = new PizzeriaHandlerTable();
  private final DeliveryProbe probe = new DeliveryProbe();
  private final EventBus bus =
      probe.bind(
          EventBus.builder(List.of(table))
              .listener(probe)
              .synchronousDelivery()
              .retryPolicy(RetryPolicy.of(3, Duration.ofMillis(1), Duration.ofMillis(5)))
              .retryPolicy(PizzeriaHandlerTable.KITCHEN, RetryPolicy.noRetries())
              .build());

  @AfterEach
  void shutDown() {
    bus.shutdown(Duration.ofSeconds(5));
  }

  private void commit(Order order) {
    try (UnitOfWork unitOfWork = bus.unitOfWork()) {
      unitOfWork.register(order);
      unitOfWork.commit();
    }
  }

  private static Order confirmedOrder() {
    Order order = Order.place("o-1", "Mario");
    order.addPizza("Margherita");
    order.confirm();
    return order;
  }

  @Test
  void awaitDeliveredReturnsTheDeliveredEvent() {
    commit(confirmedOrder());

    assertEquals(CONFIRMED, probe.awaitDelivered(Kitchen.class, OrderConfirmed.class, WAIT));
    assertEquals(
        CONFIRMED, probe.awaitDelivered(PizzeriaHandlerTable.KITCHEN, OrderConfirmed.class, WAIT));
    assertEquals(List.of(CONFIRMED), probe.deliveredTo(Kitchen.class));
    assertEquals(3, probe.deliveredTo(Mailer.class).size());
    probe.assertNoFailures();
  }

  @Test
  void awaitDeliveredFailsListingWhatHappenedInstead() {
    commit(confirmedOrder());

    failsWith(
        () ->
            probe.awaitDelivered(
                Kitchen.class,
                OrderConfirmed.class,
                e -> e.pizzas().isEmpty(),
                Duration.ofMillis(50)),
        "Expected Kitchen to be delivered an OrderConfirmed matching the condition within PT0.05S,"
            + " but it was not.",
        "delivered (4):",
        "OrderConfirmed[orderId=o-1, pizzas=[Margherita]] -> " + PizzeriaHandlerTable.KITCHEN,
        "failed attempts (0):",
        "dead-lettered (0):");
  }

  @Test
  void awaitingAnImmediateHandlerFailsAtOnceAndSaysWhy() {
    failsWith(
        () -> probe.awaitDelivered(Inventory.class, OrderConfirmed.class, Duration.ofMinutes(5)),
        "Inventory has no AFTER_COMMIT handler for OrderConfirmed on this bus",
        "its routes: [reserve(OrderConfirmed) IMMEDIATE]");
    failsWith(
        () -> probe.awaitDelivered(String.class, OrderConfirmed.class, Duration.ofMinutes(5)),
        "String has no AFTER_COMMIT handler for OrderConfirmed on this bus",
        "it has no route at all (is its table given to the bus?)");
  }

  @Test
  void showsRetriedFailures() {
    table.mailer.failuresLeft.set(2);

    commit(Order.place("o-1", "Mario"));

    assertEquals(
        new OrderPlaced("o-1", "Mario"),
        probe.awaitDelivered(Mailer.class, OrderPlaced.class, WAIT));
    List<DeliveryProbe.Failure> failures = probe.failures();
    assertEquals(2, failures.size());
    assertEquals(1, failures.get(0).attempt());
    assertEquals(2, failures.get(1).attempt());
    assertNotNull(failures.get(0).retryIn());
    AssertionError failure =
        failsWith(
            probe::assertNoFailures,
            "Expected no failed delivery, but 2 attempts failed:",
            "OrderPlaced[orderId=o-1, customer=Mario] -> "
                + PizzeriaHandlerTable.MAILER
                + ", attempt 1: IllegalStateException: mail server down (retry in");
    assertEquals("mail server down", failure.getCause().getMessage());
  }

  @Test
  void showsDeadLettersAndTheirRedrive() throws Exception {
    table.kitchen.onFire = true;

    commit(confirmedOrder());

    DeadLetter deadLetter = probe.awaitDeadLettered(Kitchen.class, OrderConfirmed.class, WAIT);
    assertEquals(1, deadLetter.attempts());
    assertEquals(List.of(deadLetter), probe.deadLetters());
    assertEquals(1, probe.failures().size());
    assertNull(probe.failures().get(0).retryIn(), "the last attempt has no retry");
    failsWith(
        () -> probe.awaitDelivered(Kitchen.class, OrderConfirmed.class, Duration.ofMillis(50)),
        "dead-lettered (1):",
        "OrderConfirmed[orderId=o-1, pizzas=[Margherita]] -> "
            + PizzeriaHandlerTable.KITCHEN
            + " after 1 attempts: kitchen on fire");

    table.kitchen.onFire = false;
    assertTrue(
        bus.redrive(deadLetter.delivery().envelope().eventId(), PizzeriaHandlerTable.KITCHEN)
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS));
    assertEquals(CONFIRMED, probe.awaitDelivered(Kitchen.class, OrderConfirmed.class, WAIT));
    assertEquals(List.of("o-1"), table.kitchen.tickets);
  }

  @Test
  void awaitDeadLetteredFailsWhenNothingWasParked() {
    commit(confirmedOrder());

    failsWith(
        () -> probe.awaitDeadLettered(Mailer.class, OrderPlaced.class, Duration.ofMillis(50)),
        "Expected an OrderPlaced to Mailer to be dead-lettered within PT0.05S, but none was.");
  }

  @Test
  void clearForgetsWhatItSaw() {
    commit(confirmedOrder());

    probe.clear();

    assertEquals(List.of(), probe.delivered());
    assertEquals(List.of(), probe.deliveredTo(Kitchen.class));
  }
}
