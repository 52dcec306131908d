package dev.herald.benchmarks.unitofwork;

import dev.herald.Handles;
import dev.herald.benchmarks.Tally;
import jakarta.inject.Inject;

/** The AFTER_COMMIT handlers of the order's three events, one class per event. */
public final class OrderHandlers {

  private OrderHandlers() {}

  /** Handles {@link OrderPlaced}. */
  public static final class Analytics {
    private final Tally tally;

    @Inject
    public Analytics(Tally tally) {
      this.tally = tally;
    }

    @Handles
    public void on(OrderPlaced event) {
      tally.sum += event.totalCents();
    }
  }

  /** Handles {@link PizzaAdded}. */
  public static final class Kitchen {
    private final Tally tally;

    @Inject
    public Kitchen(Tally tally) {
      this.tally = tally;
    }

    @Handles
    public void on(PizzaAdded event) {
      tally.sum += event.priceCents();
    }
  }

  /** Handles {@link OrderConfirmed}. */
  public static final class Billing {
    private final Tally tally;

    @Inject
    public Billing(Tally tally) {
      this.tally = tally;
    }

    @Handles
    public void on(OrderConfirmed event) {
      tally.sum += event.totalCents();
    }
  }
}
