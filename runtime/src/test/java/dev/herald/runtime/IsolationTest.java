package dev.herald.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.runtime.Shop.Order;
import dev.herald.runtime.ShopEvents.OrderConfirmed;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.DeliveryListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class IsolationTest {

  private final Shop shop = new Shop();
  private final List<String> seen = new CopyOnWriteArrayList<>();
  private final DeliveryListener listener =
      new DeliveryListener() {
        @Override
        public void succeeded(Delivery delivery, int attempt) {
          seen.add("ok " + delivery.routeId());
        }

        @Override
        public void failed(Delivery delivery, int attempt, Throwable failure, Duration retryIn) {
          seen.add(
              "failed " + delivery.routeId() + " " + failure.getMessage() + " retry=" + retryIn);
        }

        @Override
        public void deadLettered(DeadLetter deadLetter) {
          seen.add("dead " + deadLetter.delivery().routeId());
        }
      };

  @Test
  void aThrowingHandlerAffectsNeitherOtherHandlersNorTheCommit() {
    EventBus bus =
        shop.bus()
            .synchronousDelivery()
            .retryPolicy(RetryPolicy.noRetries())
            .listener(listener)
            .listener(
                new DeliveryListener() {
                  @Override
                  public void succeeded(Delivery delivery, int attempt) {
                    throw new IllegalStateException("a broken metrics listener");
                  }
                })
            .build();
    shop.kitchen.behavior =
        (event, context) -> {
          throw new IllegalStateException("oven on fire");
        };
    Order order = new Order("o-1");
    order.confirm(1000);
    UnitOfWork uow = bus.unitOfWork();
    uow.register(order);
    uow.commit();

    assertTrue(uow.isCommitted(), "the commit is unaffected");
    assertEquals(
        List.of(new OrderConfirmed("o-1", 1000)),
        shop.journal.events("mailer"),
        "the mailer still got it");
    assertEquals(
        List.of(
            "failed " + ShopHandlerTable.KITCHEN + " oven on fire retry=null",
            "dead " + ShopHandlerTable.KITCHEN,
            "ok " + ShopHandlerTable.MAILER),
        seen);
    assertEquals(1, bus.deadLetters().size());
  }

  @Test
  void aFailedStageIsAFailureOfThatHandlerOnly() throws Exception {
    EventBus bus = shop.bus().retryPolicy(RetryPolicy.noRetries()).listener(listener).build();
    shop.mailer.behavior =
        (event, context) ->
            CompletableFuture.supplyAsync(
                () -> {
                  throw new IllegalStateException("smtp refused");
                });
    Order order = new Order("o-2");
    order.confirm(10);
    UnitOfWork uow = bus.unitOfWork();
    uow.register(order);
    uow.commit();
    assertTrue(bus.awaitIdle(Duration.ofSeconds(5)));

    assertEquals(1, shop.journal.events("kitchen").size());
    DeadLetter letter = bus.deadLetters().get(0);
    assertEquals(ShopHandlerTable.MAILER, letter.delivery().routeId());
    assertEquals(
        IllegalStateException.class.getName(),
        letter.failureType(),
        "the cause, not the CompletionException");
    assertEquals("smtp refused", letter.failureMessage());
    assertTrue(seen.contains("ok " + ShopHandlerTable.KITCHEN), seen.toString());
    bus.shutdown(Duration.ofSeconds(1));
  }
}
