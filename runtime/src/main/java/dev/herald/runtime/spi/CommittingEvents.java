package dev.herald.runtime.spi;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a commit step is about to make visible: the events of the unit of work, in raise order, and
 * the after-commit deliveries they owe. The bus lists the deliveries only when a step asks for
 * them, since a step that keeps no outbox never does.
 */
public final class CommittingEvents {

  // The events as a list, or, until a step asks, the array and count the bus handed over; read by
  // the committing thread, like the deliveries.
  private List<EventEnvelope> events;
  private EventEnvelope[] eventArray;
  private int eventCount;

  private Supplier<List<Delivery>> listing;
  private List<Delivery> deliveries;

  /**
   * The events and their deliveries.
   *
   * @param events the events, per aggregate in sequence order
   * @param deliveries one per (event, after-commit handler or subscriber), in delivery order
   */
  public CommittingEvents(List<EventEnvelope> events, List<Delivery> deliveries) {
    this.events = List.copyOf(Objects.requireNonNull(events, "events"));
    this.deliveries = List.copyOf(Objects.requireNonNull(deliveries, "deliveries"));
  }

  private CommittingEvents(EventEnvelope[] events, int count, Supplier<List<Delivery>> listing) {
    this.eventArray = Objects.requireNonNull(events, "events");
    if (count < 0 || count > events.length) {
      throw new IllegalArgumentException(
          "count " + count + " is not within the array of " + events.length + " events");
    }
    this.eventCount = count;
    this.listing = Objects.requireNonNull(listing, "listing");
  }

  /**
   * The first {@code count} events of the array, listed on the first call of {@link #events()}, and
   * deliveries listed on the first call of {@link #deliveries()}: a commit step that keeps no store
   * looks at neither, and the bus then copies nothing. The array is taken over, not copied: the
   * caller must not change those events afterwards.
   */
  public static CommittingEvents listingOnDemand(
      EventEnvelope[] events, int count, Supplier<List<Delivery>> deliveries) {
    return new CommittingEvents(events, count, deliveries);
  }

  /** The events, per aggregate in sequence order; read by the committing thread. */
  public List<EventEnvelope> events() {
    List<EventEnvelope> listed = events;
    if (listed == null) {
      listed =
          List.of(
              eventCount == eventArray.length ? eventArray : Arrays.copyOf(eventArray, eventCount));
      events = listed;
      eventArray = null;
    }
    return listed;
  }

  /**
   * One delivery per (event, after-commit handler or subscriber), in delivery order; read by the
   * committing thread.
   */
  public List<Delivery> deliveries() {
    List<Delivery> listed = deliveries;
    if (listed == null) {
      listed = List.copyOf(listing.get());
      deliveries = listed;
      listing = null;
    }
    return listed;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CommittingEvents that
        && events().equals(that.events())
        && deliveries().equals(that.deliveries());
  }

  @Override
  public int hashCode() {
    return events().hashCode() * 31 + deliveries().hashCode();
  }

  @Override
  public String toString() {
    return "CommittingEvents[events=" + events() + ", deliveries=" + deliveries() + "]";
  }
}
