package dev.herald.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.kafka.orders.OrdersCodec;
import org.junit.jupiter.api.Test;

class TopicStrategyTest {

  @Test
  void perServiceNamesTheTopicAfterTheSource() {
    assertEquals(
        "mario-pizzeria.orders", TopicStrategy.perService().topicFor(OrdersCodec.CONFIRMED));
    assertEquals("mario-pizzeria.orders", TopicStrategy.perService().topicFor(OrdersCodec.READY));
  }

  @Test
  void perEventTypeSharesOneTopicAcrossVersions() {
    assertEquals(
        "com.mariopizzeria.order.confirmed",
        TopicStrategy.perEventType().topicFor(OrdersCodec.CONFIRMED));
  }

  @Test
  void anIllegalFixedTopicIsRejectedByName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TopicStrategy.fixed("orders/v1"));
    assertTrue(e.getMessage().contains("orders/v1"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TopicStrategy.fixed(".."));
  }
}
