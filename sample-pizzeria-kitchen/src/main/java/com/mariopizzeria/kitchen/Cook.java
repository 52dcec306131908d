package com.mariopizzeria.kitchen;

import dev.herald.runtime.EventBus;
import dev.herald.runtime.UnitOfWork;
import dev.herald.runtime.spi.CommitStep;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A cook at the oven: takes the next ticket and announces, as the kitchen's own events, that it
 * started and that it is cooked. The cook does not know who listens (the order module does).
 */
public final class Cook {

  private final TicketQueue queue;
  private final EventBus bus;
  private final CommitStep commitStep;
  private final KitchenDisplay display;

  /**
   * @param commitStep the application's commit step for events that change no aggregate: with an
   *     outbox it stores the kitchen's events durably, like the orders' events
   */
  @Inject
  public Cook(TicketQueue queue, EventBus bus, CommitStep commitStep, KitchenDisplay display) {
    this.queue = queue;
    this.bus = bus;
    this.commitStep = commitStep;
    this.display = display;
  }

  /** Takes the next ticket and announces it started; empty when the rail is empty. */
  public Optional<Ticket> startNext() {
    Optional<Ticket> next = queue.takeNext();
    next.ifPresent(
        ticket -> {
          display.show("cook started ticket #" + ticket.number() + " (" + ticket.orderId() + ")");
          announce(new TicketStarted(ticket.orderId(), ticket.number()));
        });
    return next;
  }

  /** Announces that every pizza of the ticket is out of the oven. */
  public void finish(Ticket ticket) {
    display.show(
        "ticket #"
            + ticket.number()
            + " cooked: "
            + ticket.lines().size()
            + " pizza(s) out of the oven");
    announce(new TicketCooked(ticket.orderId(), ticket.number(), ticket.lines().size()));
  }

  private void announce(Object event) {
    try (UnitOfWork work = bus.unitOfWork()) {
      work.publish(event);
      work.commit(commitStep);
    }
  }
}
