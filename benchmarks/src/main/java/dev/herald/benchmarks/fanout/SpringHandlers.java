package dev.herald.benchmarks.fanout;

import dev.herald.benchmarks.Tally;
import java.util.List;
import org.springframework.context.event.EventListener;

/** The five handlers of this scenario, beans of a Spring context. */
public final class SpringHandlers {

  private SpringHandlers() {}

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

    @EventListener
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

    @EventListener
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

    @EventListener
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

    @EventListener
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

    @EventListener
    public void on(OrderConfirmed event) {
      tally.sum += event.totalCents();
    }
  }
}
