package dev.herald.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CommittingEventsTest {

  private static EventEnvelope event(long sequence) {
    return EventEnvelope.stamped(
        millis -> new UUID(millis, sequence),
        1_000L,
        "Order",
        "o-1",
        sequence,
        "event " + sequence);
  }

  @Test
  void listsOnlyTheCommittedPartOfAHandedOverArray() {
    EventEnvelope[] events = {event(1), event(2), null, null};

    CommittingEvents committing = CommittingEvents.listingOnDemand(events, 2, List::of);

    assertEquals(List.of(events[0], events[1]), committing.events());
    assertSame(committing.events(), committing.events());
    assertThrows(UnsupportedOperationException.class, () -> committing.events().add(event(3)));
  }

  @Test
  void listsTheDeliveriesOnceWhenFirstAsked() {
    EventEnvelope[] events = {event(1)};
    AtomicInteger listings = new AtomicInteger();

    CommittingEvents committing =
        CommittingEvents.listingOnDemand(
            events,
            1,
            () -> {
              listings.incrementAndGet();
              return List.of(new Delivery(events[0], "kitchen"));
            });

    assertEquals(0, listings.get());
    assertEquals(List.of(new Delivery(events[0], "kitchen")), committing.deliveries());
    assertSame(committing.deliveries(), committing.deliveries());
    assertEquals(1, listings.get());
  }

  @Test
  void equalsTheSameEventsAndDeliveriesGivenAsLists() {
    EventEnvelope[] events = {event(1), event(2)};
    List<Delivery> deliveries = List.of(new Delivery(events[1], "billing"));

    CommittingEvents handedOver = CommittingEvents.listingOnDemand(events, 2, () -> deliveries);
    CommittingEvents listed = new CommittingEvents(List.of(events), deliveries);

    assertEquals(listed, handedOver);
    assertEquals(listed.hashCode(), handedOver.hashCode());
  }

  @Test
  void rejectsACountOutsideTheArray() {
    EventEnvelope[] events = {event(1)};

    IllegalArgumentException beyond =
        assertThrows(
            IllegalArgumentException.class,
            () -> CommittingEvents.listingOnDemand(events, 2, List::of));
    assertThrows(
        IllegalArgumentException.class,
        () -> CommittingEvents.listingOnDemand(events, -1, List::of));
    assertTrue(beyond.getMessage().contains("count 2"), beyond.getMessage());
  }
}
