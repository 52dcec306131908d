package dev.herald.benchmarks;

import dev.herald.runtime.EventContext;
import dev.herald.runtime.generated.HandlerTable;
import java.time.Instant;
import java.util.UUID;

/**
 * The "table alone" contender: a generated {@link HandlerTable} called without the bus, through
 * today's contract ({@code routesOf} the event's class, then {@code invoke} per route). Every
 * benchmark reaches the table only through this class, so a change of that contract is a change of
 * this file alone.
 */
public final class TableDispatch {

  private final HandlerTable table;
  private final int[] cachedRoutes;

  /**
   * The context handed to handlers: made once, as the bus would make one per event, so the table's
   * figure holds no clock read or id.
   */
  private final EventContext context =
      new EventContext(UUID.randomUUID(), null, 0, Instant.now(), 1);

  /** A dispatcher over {@code table}, for {@link #dispatch} only. */
  public TableDispatch(HandlerTable table) {
    this.table = table;
    this.cachedRoutes = new int[0];
  }

  /**
   * A dispatcher over {@code table} that also keeps the routes of {@code cachedType}, looked up
   * once, for {@link #dispatchCached}.
   */
  public TableDispatch(HandlerTable table, Class<?> cachedType) {
    this.table = table;
    this.cachedRoutes = table.routesOf(cachedType);
  }

  /** Looks up the routes of the event's class, then invokes each: what the table does per event. */
  public void dispatch(Object event) {
    try {
      for (int route : table.routesOf(event.getClass())) {
        table.invoke(route, event, context);
      }
    } catch (Exception e) {
      throw new IllegalStateException("a benchmark handler failed", e);
    }
  }

  /**
   * Invokes the routes looked up at construction (the event must be of the cached type): the
   * generated call alone, as a caller that caches routes per type sees it.
   */
  public void dispatchCached(Object event) {
    try {
      for (int route : cachedRoutes) {
        table.invoke(route, event, context);
      }
    } catch (Exception e) {
      throw new IllegalStateException("a benchmark handler failed", e);
    }
  }
}
