package dev.herald.runtime.spi;

import java.util.List;
import java.util.Objects;

/**
 * What a commit step is about to make visible: the events of the unit of work, in raise order, and
 * the after-commit deliveries they owe.
 *
 * @param events the events, per aggregate in sequence order
 * @param deliveries one per (event, after-commit handler or subscriber), in delivery order
 */
public record CommittingEvents(List<EventEnvelope> events, List<Delivery> deliveries) {

  public CommittingEvents {
    events = List.copyOf(Objects.requireNonNull(events, "events"));
    deliveries = List.copyOf(Objects.requireNonNull(deliveries, "deliveries"));
  }
}
