package com.mariopizzeria.web;

import com.mariopizzeria.orders.CookingStarted;
import com.mariopizzeria.orders.OrderCancelled;
import com.mariopizzeria.orders.OrderConfirmed;
import com.mariopizzeria.orders.OrderDelivered;
import com.mariopizzeria.orders.OrderEvent;
import com.mariopizzeria.orders.OrderOutForDelivery;
import com.mariopizzeria.orders.OrderReady;
import com.mariopizzeria.orders.PizzaLine;
import dev.herald.Phase;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.EventContext;
import dev.herald.runtime.EventSubscriber;
import dev.herald.runtime.generated.HandlerTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The kitchen board: one ticket per confirmed order, moved along by the order events, and pushed to
 * every open page as it changes. An after-commit subscriber of {@link OrderEvent}, so it sees an
 * order's events in sequence order and only once they are committed.
 *
 * <p>Pushing never waits: each page has a bounded queue (see {@link PageStream}), and a page that
 * fell behind is dropped, so no page, however slow, holds up the delivery of events.
 */
public final class KitchenBoard implements EventSubscriber<OrderEvent> {

  /** The subscriber's id on the bus. */
  public static final String SUBSCRIBER_ID = "web:kitchen-board";

  private final Map<String, TicketCard> cards = new LinkedHashMap<>();
  private final DayCounters.Tally tally = new DayCounters.Tally();
  private final Set<PageStream> pages = ConcurrentHashMap.newKeySet();
  private final AtomicLong droppedPages = new AtomicLong();

  /**
   * Subscribes the board to the bus being built.
   *
   * @return the builder, for chaining
   */
  public EventBus.Builder subscribeTo(EventBus.Builder bus) {
    return bus.subscribe(SUBSCRIBER_ID, OrderEvent.class, Phase.AFTER_COMMIT, this);
  }

  @Override
  public CompletionStage<?> onEvent(OrderEvent event, EventContext context) {
    synchronized (this) {
      TicketCard changed = apply(event);
      if (changed != null) {
        TicketCard before = cards.put(changed.orderId(), changed);
        if (before != null) {
          tally.count(before, -1);
        }
        tally.count(changed, +1);
        // Under the board's lock, so that every page sees changes in the order they were made,
        // and after the snapshot it started from; offering never waits.
        broadcast(BoardFrames.ticket(changed, tally.counters()));
      }
    }
    return HandlerTable.COMPLETED;
  }

  /** The card the event makes, or null when it changes nothing on the board. */
  private TicketCard apply(OrderEvent event) {
    TicketCard card = cards.get(event.orderId());
    if (event instanceof OrderConfirmed confirmed) {
      if (card != null) {
        return null; // delivered again
      }
      List<String> lines = new ArrayList<>();
      for (PizzaLine pizza : confirmed.pizzas()) {
        lines.add(pizza.ticketLine());
      }
      return new TicketCard(
          confirmed.orderId(),
          confirmed.customerName(),
          lines,
          confirmed.totalCents(),
          TicketState.QUEUED,
          0,
          null);
    }
    if (card == null) {
      return null; // not confirmed: no ticket yet
    }
    if (event instanceof CookingStarted started && card.state().mayMoveTo(TicketState.COOKING)) {
      return card.cooking(started.ticketNumber());
    }
    if (event instanceof OrderReady && card.state().mayMoveTo(TicketState.READY)) {
      return card.moved(TicketState.READY);
    }
    if (event instanceof OrderOutForDelivery out
        && card.state().mayMoveTo(TicketState.OUT_FOR_DELIVERY)) {
      return card.outWith(out.courier());
    }
    if (event instanceof OrderDelivered && card.state().mayMoveTo(TicketState.DELIVERED)) {
      return card.moved(TicketState.DELIVERED);
    }
    if (event instanceof OrderCancelled && card.state().mayMoveTo(TicketState.CANCELLED)) {
      return card.moved(TicketState.CANCELLED);
    }
    return null;
  }

  private void broadcast(String frame) {
    for (PageStream page : pages) {
      if (!page.offer(frame)) {
        pages.remove(page);
        droppedPages.incrementAndGet();
      }
    }
  }

  /** A new page's stream, starting with a snapshot of the board. */
  synchronized PageStream openPage() {
    PageStream page = new PageStream();
    page.offer(BoardFrames.snapshot(cards.values(), tally.counters()));
    pages.add(page);
    return page;
  }

  /** A page went away or its stream ended. */
  void closePage(PageStream page) {
    pages.remove(page);
  }

  /** The board as JSON. */
  synchronized String stateJson() {
    return BoardFrames.state(cards.values(), tally.counters());
  }

  /** Every ticket, oldest first. */
  public synchronized List<TicketCard> tickets() {
    return List.copyOf(cards.values());
  }

  /** The day's counters now. */
  public synchronized DayCounters counters() {
    return tally.counters();
  }

  /** How many pages are open now. */
  public int openPages() {
    return pages.size();
  }

  /** How many pages were dropped because they fell behind. */
  public long droppedPages() {
    return droppedPages.get();
  }
}
