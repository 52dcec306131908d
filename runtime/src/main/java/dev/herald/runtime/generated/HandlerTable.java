package dev.herald.runtime.generated;

import dev.herald.runtime.EventContext;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The contract of the dispatch table the Herald processor generates for each compilation unit:
 * which handlers take which event types, and a way to call each one with a plain method call.
 *
 * <p>Applications do not implement it; they hand the generated tables to the bus (Dagger collects
 * them into a {@code Set<HandlerTable>} through the generated module).
 */
public interface HandlerTable {

  /**
   * The stage a handler returning {@code void} completes with: shared, so a call allocates nothing,
   * and completed with {@code null}.
   */
  CompletionStage<Void> COMPLETED = CompletedStage.INSTANCE;

  /**
   * Every route of this table; a route's position in this list is its index for {@link #invoke}.
   */
  List<HandlerRoute> routes();

  /**
   * Whether this table knows the event type: an event record declared in, or handled by, its
   * compilation unit.
   */
  boolean knows(Class<?> eventType);

  /**
   * Indexes of the routes that take events of this exact runtime type, in delivery order, with
   * routes declared on an interface the type implements included; empty when no handler takes it.
   * Resolved at compile time for the types the processor saw; the bus calls it once per type. The
   * array may be shared: callers must not change it.
   */
  int[] routesOf(Class<?> eventType);

  /**
   * Calls the handler of route {@code routeIndex} with the event.
   *
   * @param context the event's context, or {@code null} when the route does not take one ({@link
   *     HandlerRoute#takesContext()})
   * @return the handler's own stage when it returns one, otherwise {@link #COMPLETED} once it
   *     returned normally
   * @throws Exception whatever the handler threw; the caller decides about retries
   */
  CompletionStage<?> invoke(int routeIndex, Object event, EventContext context) throws Exception;
}
