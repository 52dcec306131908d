package dev.herald.runtime.spi;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a commit step is about to make visible: the events of the unit of work, in raise order, and
 * the after-commit deliveries they owe. The bus lists the deliveries only when a step asks for
 * them, since a step that keeps no outbox never does.
 */
public final class CommittingEvents {

  private final List<EventEnvelope> events;
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

  private CommittingEvents(List<EventEnvelope> events, Supplier<List<Delivery>> listing) {
    this.events = List.copyOf(Objects.requireNonNull(events, "events"));
    this.listing = Objects.requireNonNull(listing, "listing");
  }

  /** Events whose deliveries are listed on the first call of {@link #deliveries()}. */
  public static CommittingEvents listingOnDemand(
      List<EventEnvelope> events, Supplier<List<Delivery>> deliveries) {
    return new CommittingEvents(events, deliveries);
  }

  /** The events, per aggregate in sequence order. */
  public List<EventEnvelope> events() {
    return events;
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
        && events.equals(that.events)
        && deliveries().equals(that.deliveries());
  }

  @Override
  public int hashCode() {
    return events.hashCode() * 31 + deliveries().hashCode();
  }

  @Override
  public String toString() {
    return "CommittingEvents[events=" + events + ", deliveries=" + deliveries() + "]";
  }
}
