package com.mariopizzeria.kitchen;

import dev.herald.Handles;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The kitchen's rail of tickets: one per piece of {@link KitchenWork}, taken by cooks in order. */
@Singleton
public final class TicketQueue {

  private final KitchenDisplay display;
  private final Deque<Ticket> waiting = new ArrayDeque<>();
  private final List<Ticket> queued = new ArrayList<>();
  private final List<Ticket> withdrawn = new ArrayList<>();
  private int lastNumber;

  @Inject
  public TicketQueue(KitchenDisplay display) {
    this.display = display;
  }

  /** Queues or withdraws the order's ticket, whichever module's record the work is. */
  @Handles
  public void on(KitchenWork work) {
    switch (work.kitchenAction()) {
      case COOK -> queue(work);
      case WITHDRAW -> withdraw(work.orderId());
    }
  }

  private synchronized void queue(KitchenWork work) {
    Ticket ticket = new Ticket(++lastNumber, work.orderId(), work.ticketLines());
    waiting.addLast(ticket);
    queued.add(ticket);
    display.show(
        "ticket #"
            + ticket.number()
            + " for "
            + ticket.orderId()
            + ": "
            + String.join(", ", ticket.lines()));
  }

  private synchronized void withdraw(String orderId) {
    List<Ticket> removed = new ArrayList<>();
    waiting.removeIf(ticket -> ticket.orderId().equals(orderId) && removed.add(ticket));
    withdrawn.addAll(removed);
    display.show(
        removed.isEmpty()
            ? "no waiting ticket for " + orderId + ", nothing to withdraw"
            : "withdrew ticket #" + removed.get(0).number() + " of " + orderId);
  }

  /** Takes the oldest waiting ticket off the rail, if there is one. */
  public synchronized Optional<Ticket> takeNext() {
    return Optional.ofNullable(waiting.pollFirst());
  }

  /** The tickets waiting for a cook, oldest first. */
  public synchronized List<Ticket> waiting() {
    return List.copyOf(waiting);
  }

  /** Every ticket ever queued, in queue order. */
  public synchronized List<Ticket> queued() {
    return List.copyOf(queued);
  }

  /** The tickets taken off the rail because their order was cancelled. */
  public synchronized List<Ticket> withdrawn() {
    return List.copyOf(withdrawn);
  }
}
