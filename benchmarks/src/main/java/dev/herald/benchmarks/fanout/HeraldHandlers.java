package dev.herald.benchmarks.fanout;

import dev.herald.Handles;
import dev.herald.benchmarks.Tally;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The five handlers of this scenario: Herald's table calls them, and so does the direct-call floor.
 */
public final class HeraldHandlers {

  private HeraldHandlers() {}

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

    @Inject
    public Kitchen(Tally tally) {
      this.tally = tally;
    }

    @Handles
    public void on(OrderConfirmed event) {
      tally.sum += event.totalCents();
    }
  }

  /** Handler Billing. */
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

  /** Handler Loyalty. */
  public static final class Loyalty {
    private final Tally tally;

    @Inject
    public Loyalty(Tally tally) {
      this.tally = tally;
    }

    @Handles
    public void on(OrderConfirmed event) {
      tally.sum += event.totalCents();
    }
  }

  /** Handler Analytics. */
  public static final class Analytics {
    private final Tally tally;

    @Inject
    public Analytics(Tally tally) {
      this.tally = tally;
    }

    @Handles
    public void on(OrderConfirmed event) {
      tally.sum += event.totalCents();
    }
  }

  /** Handler Courier. */
  public static final class Courier {
    private final Tally tally;

    @Inject
    public Courier(Tally tally) {
      this.tally = tally;
    }

    @Handles
    public void on(OrderConfirmed event) {
      tally.sum += event.totalCents();
    }
  }
}
