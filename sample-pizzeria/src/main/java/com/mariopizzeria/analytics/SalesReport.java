package com.mariopizzeria.analytics;

import com.mariopizzeria.orders.OrderCancelled;
import com.mariopizzeria.orders.OrderConfirmed;
import com.mariopizzeria.orders.OrderDelivered;
import dev.herald.Handles;
import dev.herald.runtime.EventContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Objects;

/**
 * The day's sales report, rebuilt at closing time by replaying the stored order events: a
 * projection the bus never calls (it is built with {@code LiveTables.without(tables,
 * SalesReport.class)}); a herald-jdbc tracker reads {@code herald_events} from the first row into
 * it. Events of earlier days, in a database kept between runs, are read and left out.
 */
// One per pizzeria: the tracker calls it through the table Dagger made, the day reads it here.
@Singleton
public final class SalesReport {

  /** The id of the tracker that replays the stored events into the report. */
  public static final String TRACKER = "sales-report";

  private SalesTally tally = new SalesTally();
  private Instant opening = Instant.EPOCH;
  private int events;

  @Inject
  public SalesReport() {}

  /** Forgets the figures before a rebuild that counts the events since {@code opening}. */
  public synchronized void startOver(Instant opening) {
    this.opening = Objects.requireNonNull(opening, "opening");
    this.tally = new SalesTally();
    this.events = 0;
  }

  @Handles
  public synchronized void sold(OrderConfirmed event, EventContext context) {
    if (today(context)) {
      tally.confirmed(event);
    }
  }

  @Handles
  public synchronized void refunded(OrderCancelled event, EventContext context) {
    if (today(context)) {
      tally.cancelled(event);
    }
  }

  @Handles
  public synchronized void delivered(OrderDelivered event, EventContext context) {
    if (today(context)) {
      tally.delivered();
    }
  }

  /** The figures of the events replayed since the last {@link #startOver}. */
  public synchronized SalesFigures figures() {
    return tally.figures();
  }

  /** How many of the day's events the report counted. */
  public synchronized int events() {
    return events;
  }

  private boolean today(EventContext context) {
    if (context.occurredAt().isBefore(opening)) {
      return false;
    }
    events++;
    return true;
  }
}
