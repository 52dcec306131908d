package dev.herald.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.runtime.Shop.Order;
import dev.herald.runtime.ShopEvents.OrderConfirmed;
import dev.herald.runtime.ShopEvents.OrderPlaced;
import dev.herald.runtime.spi.EventEnvelope;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregateRootTest {

  private static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");

  @Test
  void raiseNumbersEventsAndStampsThemFromTheClock() {
    Order order = new Order("o-1", EventIds.create(new ManualClock(T0)));
    order.place();
    order.confirm(1200);
    List<EventEnvelope> events = order.uncommittedEvents();
    assertEquals(2, events.size());
    assertEquals(new OrderPlaced("o-1"), events.get(0).event());
    assertEquals(new OrderConfirmed("o-1", 1200), events.get(1).event());
    assertEquals(1, events.get(0).sequence());
    assertEquals(2, events.get(1).sequence());
    assertEquals("Order", events.get(0).aggregateType());
    assertEquals("o-1", events.get(0).aggregateId());
    assertEquals(T0, events.get(0).occurredAt());
    assertTrue(events.get(0).eventId().compareTo(events.get(1).eventId()) < 0);
    assertEquals(2, order.version());
    assertEquals(0, order.committedVersion());
  }

  @Test
  void markCommittedKeepsTheVersionAndClearsTheEvents() {
    Order order = new Order("o-1");
    order.place();
    order.markCommitted();
    assertTrue(order.uncommittedEvents().isEmpty());
    assertEquals(1, order.version());
    assertEquals(1, order.committedVersion());
    order.confirm(5);
    assertEquals(2, order.uncommittedEvents().get(0).sequence());
  }

  @Test
  void restoredVersionContinuesTheSequence() {
    Order order = new Order("o-9");
    order.restoreVersion(41);
    order.place();
    assertEquals(42, order.uncommittedEvents().get(0).sequence());
    IllegalStateException pending =
        assertThrows(IllegalStateException.class, () -> order.restoreVersion(3));
    assertTrue(pending.getMessage().contains("uncommitted"), pending.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Order("x").restoreVersion(-1));
  }

  @Test
  void badArgumentsAreNamed() {
    Order order = new Order("o-1");
    NullPointerException nullEvent =
        assertThrows(NullPointerException.class, () -> order.raiseAnything(null));
    assertEquals("event", nullEvent.getMessage());
    Order anonymous = new Order(null);
    IllegalStateException noId = assertThrows(IllegalStateException.class, anonymous::place);
    assertTrue(noId.getMessage().contains("Order has no id yet"), noId.getMessage());
    assertTrue(order.uncommittedEvents().isEmpty());
  }
}
