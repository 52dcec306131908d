package com.mariopizzeria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mariopizzeria.delivery.ConfirmedOrder;
import com.mariopizzeria.delivery.DeliveredOrder;
import com.mariopizzeria.delivery.DeliveryService;
import com.mariopizzeria.delivery.ReadyOrder;
import dev.herald.kafka.testbroker.KafkaTestBroker;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code --kafka} on a real broker: the day's committed integration events, published through the
 * H2 outbox, reach the delivery app (another Maven module, its own records and generated codec) as
 * the delivery app's records; the vetoed confirmation never leaves the pizzeria.
 */
class KafkaTest {

  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  @Test
  void theDaysIntegrationEventsReachTheDeliveryAppAsItsOwnRecords() throws Exception {
    KafkaTestBroker broker = KafkaTestBroker.shared();
    broker.createTopic(DeliveryService.TOPIC, 3);
    try (DeliveryService delivery = DeliveryService.start(broker.bootstrapServers(), QUIET)) {
      try (PizzeriaComponent pizzeria =
          DaggerPizzeriaComponent.factory()
              .create(
                  PizzeriaSettings.defaults()
                      .withKafka(broker.bootstrapServers())
                      .withOut(QUIET))) {
        new PizzeriaDay(pizzeria).run();
        assertEquals(List.of(), pizzeria.bus().deadLetters(), "every publish acknowledged");
      }

      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (delivery.loyalty().deliveredOrders().size() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertTrue(delivery.bus().awaitIdle(Duration.ofSeconds(10)));

      assertEquals(
          List.of(
              new ConfirmedOrder("order-1", "Luigi", 2350),
              new ConfirmedOrder("order-2", "Peach", 850),
              new ConfirmedOrder("order-3", "Toad", 1900)),
          sorted(
              delivery.riders().confirmedOrders(), Comparator.comparing(ConfirmedOrder::orderId)),
          "three confirmations, none for the vetoed order-4");
      assertEquals(
          List.of(new ReadyOrder("order-1", "Luigi"), new ReadyOrder("order-3", "Toad")),
          sorted(delivery.riders().readyOrders(), Comparator.comparing(ReadyOrder::orderId)));
      assertEquals(
          List.of(
              new DeliveredOrder("order-1", "Luigi", 2350),
              new DeliveredOrder("order-3", "Toad", 1900)),
          sorted(
              delivery.loyalty().deliveredOrders(), Comparator.comparing(DeliveredOrder::orderId)));
      assertEquals(Map.of("Luigi", 23L, "Toad", 19L), delivery.loyalty().points());
      assertEquals(0, delivery.consumer().rejectedCount(), "nothing went to the dead-letter topic");
    }
  }

  private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
    return items.stream().sorted(order).toList();
  }
}
