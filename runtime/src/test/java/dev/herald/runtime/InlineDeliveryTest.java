package dev.herald.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.runtime.ShopEvents.Announcement;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.Delivery;
import dev.herald.runtime.spi.DeliveryListener;
import dev.herald.runtime.spi.InMemoryDeliveryStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Synchronous delivery of events outside aggregates runs handlers inline, without a task: these
 * check that it keeps the guarantees of the tracked path (shutdown report, success callbacks,
 * retries of an inline failure, asynchronous stages, events published from a handler).
 */
class InlineDeliveryTest {

  private final Shop shop = new Shop();

  @Test
  void aShutdownOnAnotherThreadReportsTheInlineDeliveryStillRunning() throws Exception {
    EventBus bus = shop.bus().synchronousDelivery().build();
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    shop.audit.behavior =
        (event, context) -> {
          entered.countDown();
          release.await(10, TimeUnit.SECONDS);
          return HandlerTable.COMPLETED;
        };
    Thread publisher = new Thread(() -> bus.publish(new Announcement("slow")));
    publisher.start();
    assertTrue(entered.await(10, TimeUnit.SECONDS));

    ShutdownReport report = bus.shutdown(Duration.ofMillis(100));
    release.countDown();
    publisher.join(10_000);

    assertFalse(report.drained());
    assertEquals(1, report.unfinished().size(), report.toString());
    assertEquals(ShopHandlerTable.ANNOUNCE, report.unfinished().get(0).routeId());
    assertEquals(new Announcement("slow"), report.unfinished().get(0).envelope().event());
  }

  @Test
  void listenersAndTheStoreHearOfInlineSuccessesAndFailures() throws Exception {
    List<String> heard = new ArrayList<>();
    InMemoryDeliveryStore store = new InMemoryDeliveryStore();
    EventBus bus =
        shop.bus()
            .synchronousDelivery()
            .retryPolicy(RetryPolicy.noRetries())
            .deliveryStore(store)
            .listener(
                new DeliveryListener() {
                  @Override
                  public void succeeded(Delivery delivery, int attempt) {
                    heard.add(
                        "succeeded "
                            + ((Announcement) delivery.envelope().event()).text()
                            + " #"
                            + attempt);
                  }

                  @Override
                  public void deadLettered(DeadLetter deadLetter) {
                    heard.add(
                        "dead " + ((Announcement) deadLetter.delivery().envelope().event()).text());
                  }
                })
            .build();
    bus.publish(new Announcement("fine"));
    shop.audit.behavior =
        (event, context) -> {
          throw new IllegalStateException("audit down");
        };
    bus.publish(new Announcement("broken"));

    assertEquals(List.of("succeeded fine #1", "dead broken"), heard);
    assertEquals(1, bus.deadLetters().size());
    assertTrue(bus.awaitIdle(Duration.ofSeconds(1)), "nothing stays in flight");
  }

  @Test
  void anAsynchronousStageOfAnInlineHandlerIsAwaitedByShutdown() throws Exception {
    CompletableFuture<Void> stage = new CompletableFuture<>();
    EventBus bus =
        shop.bus()
            .synchronousDelivery()
            .subscribe("async-relay", Announcement.class, (event, context) -> stage)
            .build();
    bus.publish(new Announcement("later"));
    assertFalse(bus.awaitIdle(Duration.ofMillis(50)), "the stage has not completed");

    stage.complete(null);
    assertTrue(bus.awaitIdle(Duration.ofSeconds(1)));
    assertTrue(bus.shutdown(Duration.ofSeconds(1)).drained());
  }

  @Test
  void anEventPublishedFromAnInlineHandlerIsDeliveredAfterIt() {
    EventBus bus = shop.bus().synchronousDelivery().build();
    List<String> order = new ArrayList<>();
    shop.audit.behavior =
        (event, context) -> {
          String text = ((Announcement) event).text();
          order.add("start " + text);
          if (text.equals("outer")) {
            bus.publish(new Announcement("inner"));
          }
          order.add("end " + text);
          return HandlerTable.COMPLETED;
        };
    bus.publish(new Announcement("outer"));
    assertEquals(List.of("start outer", "end outer", "start inner", "end inner"), order);
  }
}
