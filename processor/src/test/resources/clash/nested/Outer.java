package clash.nested;

import dev.herald.DomainEvent;
import dev.herald.Handles;
import jakarta.inject.Inject;

/** Handlers and events nested in other classes, and named like them. */
public final class Outer {

  private Outer() {}

  @DomainEvent
  public record Placed(long at) {}

  /** Events nested two levels deep. */
  public static final class Events {

    private Events() {}

    @DomainEvent
    public record Cancelled(long at) {}
  }

  /** A nested handler named like what it is, with an event nested in it. */
  public static final class Handler {
    @Inject
    public Handler() {}

    @DomainEvent
    public record Paid(long at) {}

    @Handles
    public void on(Placed event) {
      clash.Journal.record("nested.Outer.Handler.on(" + event.getClass().getSimpleName() + ")");
    }

    @Handles
    public void on(Events.Cancelled event) {
      clash.Journal.record("nested.Outer.Handler.on(" + event.getClass().getSimpleName() + ")");
    }
  }

  /** A nested handler named like the generated table's handler provider type. */
  public static final class Provider {
    @Inject
    public Provider() {}

    @Handles
    public void handle(Handler.Paid event) {
      clash.Journal.record("nested.Outer.Provider.handle(" + event.getClass().getSimpleName() + ")");
    }
  }
}
