package com.mariopizzeria.analytics;

import com.mariopizzeria.orders.OrderEvent;
import dev.herald.Handles;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts order events by kind; it handles the sealed {@link OrderEvent}, so it sees all of them.
 */
@Singleton
public final class SalesAnalytics {

  private final Map<String, Integer> counts = new TreeMap<>();

  @Inject
  public SalesAnalytics() {}

  @Handles
  public void count(OrderEvent event) {
    counts.merge(event.getClass().getSimpleName(), 1, Integer::sum);
    System.out.println(
        "  analytics: counted "
            + event.getClass().getSimpleName()
            + " of order "
            + event.orderId());
  }

  /** How many events of each kind were counted, by record name. */
  public Map<String, Integer> counts() {
    return Collections.unmodifiableMap(new TreeMap<>(counts));
  }
}
