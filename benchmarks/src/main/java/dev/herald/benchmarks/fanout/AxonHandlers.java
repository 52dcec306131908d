package dev.herald.benchmarks.fanout;

import dev.herald.benchmarks.Tally;
import java.util.List;
import org.axonframework.eventhandling.EventHandler;

/** The five handlers of this scenario, invoked by Axon's subscribing processor. */
public final class AxonHandlers {

  private AxonHandlers() {}

  /** One instance of each handler, all adding to {@code tally}. */
  public static List<Object> create(Tally tally) {
    return List.of(
        new Kitchen(tally),
        new Billing(tally),
        new Loyalty(tally),
        new Analytics(tally),
        new Courier(tally));
  }

  /** The handler classes, for containers that create the handlers themselves. */
  public static Class<?>[] types() {
    return new Class<?>[] {
      Kitchen.class, Billing.class, Loyalty.class, Analytics.class, Courier.class
    };
  }

  /** Handler Kitchen. */
  public static final class Kitchen {
    private final Tally tally;

    public Kitchen(Tally tally) {
      this.tally = tally;
    }

    @EventHandler
    public void on(OrderConfirmed event) {
      tally.sum += event.totalCents();
    }
  }

  /** Handler Billing. */
  public static final class Billing {
    private final Tally tally;

    public Billing(Tally tally) {
      this.tally = tally;
    }

    @EventHandler
    public void on(OrderConfirmed event) {
      tally.sum += event.totalCents();
    }
  }

  /** Handler Loyalty. */
  public static final class Loyalty {
    private final Tally tally;

    public Loyalty(Tally tally) {
      this.tally = tally;
    }

    @EventHandler
    public void on(OrderConfirmed event) {
      tally.sum += event.totalCents();
    }
  }

  /** Handler Analytics. */
  public static final class Analytics {
    private final Tally tally;

    public Analytics(Tally tally) {
      this.tally = tally;
    }

    @EventHandler
    public void on(OrderConfirmed event) {
      tally.sum += event.totalCents();
    }
  }

  /** Handler Courier. */
  public static final class Courier {
    private final Tally tally;

    public Courier(Tally tally) {
      this.tally = tally;
    }

    @EventHandler
    public void on(OrderConfirmed event) {
      tally.sum += event.totalCents();
    }
  }
}
